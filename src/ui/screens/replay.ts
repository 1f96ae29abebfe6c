/**
 * The replay stepper and the what-if branch. The stepper rebuilds the state at the start or the
 * end of any turn with the engine's `replay` and shows it on the map beside that turn's log. From
 * any resolved turn a branch can be played: one team's orders of that turn changed, the rest
 * played on with the same seed (rules in src/store/whatif.ts, said on screen), and the two
 * outcomes set side by side. The branch lives in this view only; the real game is untouched.
 */
import { applyCommand, commandProblem, POLICY_IDS, type Command, type GameState, type LogEntry, type PolicyId, type Rules } from '../../engine';
import { stateAtEnd, stateAtStart, timeline, type Timeline } from '../../store/history';
import { seatName, type Game, type WhatIfSetup } from '../../store/session';
import { playBranch, recordedOrders, type Branch } from '../../store/whatif';
import { lineChart, turnLabels } from '../charts';
import { entryView } from '../components';
import type { ScreenContext } from '../context';
import { h, type Child } from '../dom';
import { districtName, plural, roleName, signed } from '../text';
import { debriefOf } from './debrief';
import { gameFrame } from './frame';
import { orderBuilder, orderLabel } from './planning';

const timelines = new WeakMap<GameState, Timeline>();
const states = new WeakMap<GameState, Map<string, GameState>>();

export function timelineOf(g: Game): Timeline {
  let tl = timelines.get(g.state);
  if (!tl) {
    tl = timeline(g.rules, g.seed, g.commands);
    timelines.set(g.state, tl);
  }
  return tl;
}

function stateAt(g: Game, turn: number, edge: 'start' | 'end'): GameState {
  let m = states.get(g.state);
  if (!m) {
    m = new Map();
    states.set(g.state, m);
  }
  const key = `${turn}:${edge}`;
  let st = m.get(key);
  if (!st) {
    const tl = timelineOf(g);
    st = edge === 'start' ? stateAtStart(g.rules, g.seed, tl, turn) : stateAtEnd(g.rules, g.seed, tl, turn);
    m.set(key, st);
  }
  return st;
}

const POLICY_WORDS: Record<PolicyId, string> = {
  cooperative: 'cooperative (works jointly, shares what matters)',
  siloed: 'siloed (acts alone, shares nothing)',
  random: 'random (any legal order)',
};

function highlightOf(entries: LogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.district).filter((d): d is string => !!d))];
}

function stepperScreen(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, s } = ctx;
  const tl = timelineOf(g);
  const last = g.state.turn;
  const turn = Math.min(Math.max(1, s.replayTurn), last);
  const edge = s.replayEdge;
  const state = stateAt(g, turn, edge);
  const entries = tl.final.log.filter((e) => e.turn === turn && e.kind !== 'briefing' && (edge === 'end' || e.phase === 'briefing'));
  const map = ctx.map();
  map.render(s, { viewer: 'facilitator', highlighted: highlightOf(entries), state });
  const pos = (turn - 1) * 2 + (edge === 'end' ? 1 : 0);
  const go = (p: number) => session.replayGo(Math.floor(p / 2) + 1, p % 2 === 0 ? 'start' : 'end');
  const maxPos = (last - 1) * 2 + 1;
  const resolved = turn <= tl.resolved;
  const score = state.history.at(-1)?.score;
  const panel = h(
    'aside',
    { class: 'col col-report replay-panel', 'aria-labelledby': 'screen-title', 'data-testid': 'replay' },
    h(
      'div',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, 'Replay'),
      h('h1', { id: 'screen-title', tabindex: '-1' }, `Turn ${turn}: ${edge === 'start' ? 'its start' : resolved ? 'its end' : 'now'}`),
      h('p', { class: 'muted', 'data-testid': 'replay-position', 'data-turn': String(turn), 'data-edge': edge }, edge === 'start' ? 'The briefing: what the teams knew before they planned.' : resolved ? `After the resolution${score === undefined ? '' : `: score ${score} of 100`}.` : 'This turn is still being played.'),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': 'Step through the game' },
        h('button', { type: 'button', class: 'btn btn-small', id: 'replay-prev', 'data-testid': 'replay-prev', disabled: pos <= 0, 'aria-keyshortcuts': 'ArrowLeft', onclick: () => go(pos - 1) }, '\u25c0 Back'),
        h(
          'label',
          { class: 'field field-inline' },
          h('span', { class: 'sr-only' }, 'Turn'),
          h(
            'select',
            { id: 'replay-turn', 'data-testid': 'replay-turn', onchange: (ev: Event) => session.replayGo(Number((ev.target as HTMLSelectElement).value)) },
            Array.from({ length: last }, (_, i) => i + 1).map((t) => h('option', { value: String(t), selected: t === turn }, `Turn ${t}`)),
          ),
        ),
        h('button', { type: 'button', class: 'btn btn-small', id: 'replay-next', 'data-testid': 'replay-next', disabled: pos >= maxPos, 'aria-keyshortcuts': 'ArrowRight', onclick: () => go(pos + 1) }, 'Forward \u25b6'),
      ),
      h(
        'div',
        { class: 'edge-toggle', role: 'group', 'aria-label': 'Start or end of the turn' },
        (['start', 'end'] as const).map((e) =>
          h('button', { type: 'button', class: `btn btn-small${edge === e ? ' btn-on' : ' btn-quiet'}`, id: `replay-${e}`, 'aria-pressed': String(edge === e), onclick: () => session.replayGo(turn, e) }, e === 'start' ? 'Start of the turn' : 'End of the turn'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-scroll report-list', 'data-scroll-key': `replay-${turn}-${edge}` },
      entries.length === 0 ? h('p', { class: 'muted' }, 'Nothing in the log here.') : null,
      entries.map((e) => entryView(g.rules, e, { showTurn: false })),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'open-whatif',
          'data-testid': 'open-whatif',
          disabled: !resolved,
          title: resolved ? undefined : 'A branch starts from a turn the game has resolved.',
          onclick: () => session.setWhatIf({ turn }),
        },
        `What if\u2026 branch from turn ${turn}`,
      ),
      h('button', { type: 'button', class: 'btn btn-quiet', id: 'replay-back', 'data-testid': 'replay-back', onclick: () => (s.mode === 'console' ? session.closeConsole() : session.openDebrief()) }, s.mode === 'console' ? '\u2190 Console' : '\u2190 Debrief'),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'report-grid', id: 'main' }, h('section', { class: 'col col-center', 'aria-label': 'Map of that moment' }, map.el), panel));
}

// ---------------------------------------------------------------- what-if

function commandLabel(rules: Rules, c: Command): string {
  if (c.type === 'order') return orderLabel(rules, { id: 0, role: c.role, action: c.action, district: c.district, ...(c.fact ? { fact: c.fact } : {}), ...(c.to ? { to: c.to } : {}), ...(c.asset ? { asset: c.asset } : {}) });
  if (c.type === 'propose') return `${rules.actionById.get(c.action)?.name ?? c.action} in ${districtName(rules, c.district)}${c.posture ? `, ${c.posture}` : ''}, with ${c.partners.map((p) => rules.role(p).short).join(', ') || 'no partners'}`;
  return c.type;
}

/** The start-of-turn state with the new orders so far applied: what the builder checks against. */
function scratchState(g: Game, w: WhatIfSetup): GameState {
  let st = stateAt(g, w.turn, 'start');
  for (const c of w.orders) {
    if (commandProblem({ rules: g.rules, s: st }, c) === null) st = applyCommand(g.rules, st, c);
  }
  return st;
}

function branchKey(g: Game, w: WhatIfSetup): string {
  return `${g.hash}|${JSON.stringify(w)}`;
}

function whatIfSetup(ctx: ScreenContext, g: Game, w: WhatIfSetup): HTMLElement {
  const { session, s } = ctx;
  const { rules } = g;
  const tl = timelineOf(g);
  const recorded = recordedOrders(tl, w.turn, w.role);
  const parts: Child[] = [];
  parts.push(
    h('label', { class: 'field' }, h('span', null, 'The team whose orders change'),
      h('select', { id: 'whatif-role', 'data-testid': 'whatif-role', onchange: (ev: Event) => { const role = (ev.target as HTMLSelectElement).value; session.setWhatIf({ role, orders: w.mode === 'orders' ? recordedOrders(tl, w.turn, role) : [] }); session.setDraft({ action: '', district: '', partners: [], posture: '', fact: '', to: '', asset: '' }); } },
        rules.scenario.roles.map((r) => h('option', { value: r.id, selected: r.id === w.role }, `${r.name} (${seatName(g, r.id)})`)))),
    h('div', { class: 'recorded' }, h('h3', null, `What they did in turn ${w.turn}`), recorded.length ? h('ul', null, recorded.map((c) => h('li', null, commandLabel(rules, c)))) : h('p', { class: 'muted' }, 'No orders.')),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', null, `Their orders for turn ${w.turn} in the branch`),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'whatif-mode', id: 'whatif-mode-policy', 'data-testid': 'whatif-mode-policy', checked: w.mode === 'policy', onchange: () => session.setWhatIf({ mode: 'policy' }) }), h('span', null, 'Played by a policy:')),
      h('select', { id: 'whatif-policy', 'data-testid': 'whatif-policy', disabled: w.mode !== 'policy', 'aria-label': 'Policy for the changed turn', onchange: (ev: Event) => session.setWhatIf({ policy: (ev.target as HTMLSelectElement).value as PolicyId }) }, POLICY_IDS.map((p) => h('option', { value: p, selected: p === w.policy }, POLICY_WORDS[p]))),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'whatif-mode', id: 'whatif-mode-orders', 'data-testid': 'whatif-mode-orders', checked: w.mode === 'orders', onchange: () => session.setWhatIf({ mode: 'orders', orders: w.orders.length ? w.orders : recorded }) }), h('span', null, 'New orders, built here (starting from what they did)')),
    ),
  );
  if (w.mode === 'orders') {
    const scratch = scratchState(g, w);
    parts.push(
      h(
        'div',
        { class: 'orders-list' },
        h('h3', null, `New orders (${w.orders.length})`),
        w.orders.length
          ? h('ul', null, w.orders.map((c, i) => h('li', { class: 'order', 'data-testid': 'whatif-order' }, h('span', { class: 'order-text' }, commandLabel(rules, c)), h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: `whatif-remove-${i}`, onclick: () => session.setWhatIf({ orders: w.orders.filter((_, j) => j !== i) }) }, 'Remove'))))
          : h('p', { class: 'muted' }, 'None: the team does nothing that turn.'),
      ),
      orderBuilder({
        rules,
        state: scratch,
        role: w.role,
        round: 1,
        draft: s.draft,
        selected: s.selected,
        title: 'Add an order',
        setDraft: (d) => session.setDraft(d),
        selectDistrict: (id) => session.selectDistrict(id),
        submit: (cmd) => {
          const p = commandProblem({ rules, s: scratch }, cmd);
          if (p) {
            session.notify(p, 'error');
            return p;
          }
          session.setWhatIf({ orders: [...w.orders, cmd] });
          return null;
        },
        done: (_cmd, name) => session.notify(`Added to the branch: ${name}.`),
      }),
    );
  }
  parts.push(
    h(
      'label',
      { class: 'field' },
      h('span', null, 'The turns after it'),
      h(
        'select',
        { id: 'whatif-later', 'data-testid': 'whatif-later', onchange: (ev: Event) => session.setWhatIf({ later: (ev.target as HTMLSelectElement).value as WhatIfSetup['later'] }) },
        h('option', { value: 'recorded', selected: w.later === 'recorded' }, 'As recorded: every role\u2019s real orders, where still legal'),
        POLICY_IDS.map((p) => h('option', { value: p, selected: w.later === p }, `Every role played by the ${p} policy`)),
      ),
    ),
  );
  return h(
    'aside',
    { class: 'col whatif-setup', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'whatif-setup' },
      h('p', { class: 'eyebrow' }, 'What-if'),
      h('h1', { id: 'screen-title', tabindex: '-1' }, `What if\u2026 from turn ${w.turn}`),
      parts,
      h(
        'details',
        { class: 'whatif-rules', 'data-key': 'whatif-rules', open: true },
        h('summary', null, 'How the branch is played'),
        h(
          'ul',
          null,
          h('li', null, `Up to the start of turn ${w.turn}: exactly the real game, with the same seed.`),
          h('li', null, `Turn ${w.turn}: the chosen team\u2019s orders are replaced; its answers to others\u2019 proposals stay as recorded when you build the orders. The other teams\u2019 recorded orders are replayed where still legal. A partner answers a repeated proposal as it did; a new proposal is accepted by each partner who has the action points.`),
          h('li', null, 'Later turns: as you choose below; then every role commits.'),
          h('li', null, 'Injects you released or skipped and your adjustments are kept; overrules, annotations and ratings are left out.'),
          h('li', null, 'The branch stops where the real game stands (and ends when it ended), so both are scored at the same turn. It never changes the real game.'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'whatif-play',
          'data-testid': 'whatif-play',
          onclick: () => {
            try {
              const value = playBranch(g.rules, g.seed, tl, { turn: w.turn, role: w.role, replace: w.mode === 'orders' ? { kind: 'orders', commands: w.orders } : { kind: 'policy', policy: w.policy }, later: w.later });
              ctx.local.branch = { key: branchKey(g, w), value };
              ctx.rerender();
            } catch (e) {
              session.notify(`The branch could not be played: ${e instanceof Error ? e.message : String(e)}`, 'error');
            }
          },
        },
        '\u25b6 Play the branch',
      ),
      h('button', { type: 'button', class: 'btn btn-quiet', id: 'whatif-close', 'data-testid': 'whatif-close', onclick: () => session.setWhatIf(null) }, '\u2190 Back to the replay'),
    ),
  );
}

function diffCell(real: number, branch: number, goodWhen: 'high' | 'low'): HTMLElement {
  const d = branch - real;
  if (d === 0) return h('td', { class: 'num muted' }, '\u00b10');
  const good = (d > 0) === (goodWhen === 'high');
  return h('td', { class: `num delta ${good ? 'good' : 'bad'}` }, `${good ? '\u25b2' : '\u25bc'} ${signed(d)}`);
}

function outcomeCard(title: string, state: GameState, testId: string): HTMLElement {
  const o = state.outcome;
  const score = o?.score ?? state.history.at(-1)?.score ?? 0;
  return h(
    'div',
    { class: 'figure outcome-card', 'data-testid': testId },
    h('span', { class: 'figure-label' }, title),
    h('strong', { class: 'figure-value' }, String(score)),
    h('span', { class: 'figure-note' }, o ? `of 100 \u00b7 ${o.won ? '\u2714 mission accomplished' : '\u2716 mission not accomplished'}` : `of 100 so far, after turn ${state.history.length}`),
  );
}

function whatIfResults(ctx: ScreenContext, g: Game, w: WhatIfSetup, branch: Branch): HTMLElement {
  const { rules } = g;
  const tl = timelineOf(g);
  const real = debriefOf(rules, tl.final);
  const alt = debriefOf(rules, branch.state);
  const metric = ctx.local.whatIfMetric;
  const ind = real.charts.indicators.findIndex((i) => i.id === metric);
  // Indicators from the start; the score from turn 1 (it is taken when a turn is resolved).
  const realSeries = ind >= 0 ? real.charts.mission[ind]!.values : tl.final.history.map((x) => x.score);
  const altSeries = ind >= 0 ? alt.charts.mission[ind]!.values : branch.state.history.map((x) => x.score);
  const points = Math.max(realSeries.length, altSeries.length);
  const labels = ind >= 0 ? turnLabels(points) : Array.from({ length: points }, (_, i) => `T${i + 1}`);
  const change = w.mode === 'policy' ? `${roleName(rules, w.role)} played by the ${w.policy} policy in turn ${w.turn}` : `${roleName(rules, w.role)} with ${plural(w.orders.length, 'new order')} in turn ${w.turn}`;
  return h(
    'section',
    { class: 'col whatif-results', 'aria-labelledby': 'whatif-results-title', 'data-testid': 'whatif-results' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'whatif-results' },
      h('h2', { id: 'whatif-results-title' }, 'The two outcomes side by side'),
      h('p', { class: 'muted' }, `What-if: ${change}; later turns ${w.later === 'recorded' ? 'as recorded' : `played by the ${w.later} policy`}. ${branch.skipped ? `${plural(branch.skipped, 'recorded command')} no longer legal in the branch ${branch.skipped === 1 ? 'was' : 'were'} left out.` : 'Every recorded command still applied.'}`),
      h('div', { class: 'side-by-side' }, outcomeCard('Real game', tl.final, 'real-outcome'), outcomeCard('What-if', branch.state, 'branch-outcome')),
      h(
        'table',
        { class: 'results compare', 'data-testid': 'whatif-objectives' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col', class: 'num' }, 'Real'), h('th', { scope: 'col', class: 'num' }, 'What-if'))),
        h(
          'tbody',
          null,
          real.objectives.map((o, i) => {
            const b = alt.objectives[i]!;
            return h('tr', null, h('td', null, o.description), h('td', { class: `num result ${o.met ? 'good' : 'bad'}` }, `${o.value} ${o.met ? '\u2714' : '\u2716'}`), h('td', { class: `num result ${b.met ? 'good' : 'bad'}` }, `${b.value} ${b.met ? '\u2714' : '\u2716'}`));
          }),
        ),
      ),
      h(
        'table',
        { class: 'results compare', 'data-testid': 'whatif-indicators' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Average of all districts'), h('th', { scope: 'col', class: 'num' }, 'Real'), h('th', { scope: 'col', class: 'num' }, 'What-if'), h('th', { scope: 'col', class: 'num' }, 'Difference'))),
        h(
          'tbody',
          null,
          real.charts.indicators.map((i, k) => {
            const a = real.charts.mission[k]!.values.at(-1) ?? 0;
            const b = alt.charts.mission[k]!.values.at(-1) ?? 0;
            return h('tr', null, h('td', null, `${i.name} (${i.goodWhen === 'high' ? 'higher' : 'lower'} is better)`), h('td', { class: 'num' }, String(a)), h('td', { class: 'num' }, String(b)), diffCell(a, b, i.goodWhen));
          }),
        ),
      ),
      h(
        'div',
        { class: 'chart-controls' },
        h(
          'label',
          { class: 'field field-inline' },
          h('span', null, 'Chart'),
          h(
            'select',
            {
              id: 'whatif-metric',
              'data-testid': 'whatif-metric',
              onchange: (ev: Event) => {
                ctx.local.whatIfMetric = (ev.target as HTMLSelectElement).value;
                ctx.rerender();
              },
            },
            h('option', { value: 'score', selected: ind < 0 }, 'Score'),
            real.charts.indicators.map((i) => h('option', { value: i.id, selected: i.id === metric }, `${i.name} (average)`)),
          ),
        ),
      ),
      lineChart({
        title: `${ind >= 0 ? real.charts.indicators[ind]!.name : 'Score'} per turn: real game and what-if`,
        series: [
          { label: 'Real game', values: realSeries },
          { label: 'What-if', values: altSeries },
        ],
        xLabels: labels,
        xTitle: 'Turn',
        yTitle: ind >= 0 ? 'Average (0\u2013100)' : 'Score (0\u2013100)',
        yMin: 0,
        yMax: 100,
        fit: true,
        styles: [0, 1],
        testId: 'whatif-chart',
        legendBelow: true,
        width: 640,
        height: 300,
      }),
      h('p', { class: 'muted' }, `Branch state ${branch.hash}; real state ${g.hash}.`),
    ),
  );
}

function whatIfScreen(ctx: ScreenContext, g: Game, w: WhatIfSetup): HTMLElement {
  const stored = ctx.local.branch;
  const branch = stored && stored.key === branchKey(g, w) ? (stored.value as Branch) : null;
  const results = branch
    ? whatIfResults(ctx, g, w, branch)
    : h(
        'section',
        { class: 'col whatif-results empty', 'aria-label': 'Outcomes' },
        h('div', { class: 'col-scroll' }, h('h2', null, 'The two outcomes side by side'), h('p', { class: 'lede' }, stored ? 'The choices changed: play the branch again to compare.' : 'Choose the change on the left, then \u201cPlay the branch\u201d. The real game stays as it is.')),
      );
  return gameFrame(ctx, h('main', { class: 'whatif-grid', id: 'main' }, whatIfSetup(ctx, g, w), results));
}

export function replayScreen(ctx: ScreenContext): HTMLElement {
  const g = ctx.s.game!;
  const w = ctx.s.whatIf;
  return w ? whatIfScreen(ctx, g, w) : stepperScreen(ctx, g);
}
