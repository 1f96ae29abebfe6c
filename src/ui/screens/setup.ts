/** Set-up: seed, team names, and who plays each role. */
import { POLICY_IDS } from '../../engine';
import type { Seat } from '../../store/session';
import { defaultTeamName } from '../../store/session';
import { h } from '../dom';
import { roleBadge, saveProblemPanel } from '../components';
import type { ScreenContext } from '../context';
import { floatingNotice } from './frame';

const POLICY_WORDS: Record<string, string> = {
  cooperative: 'Computer: cooperative (shares, proposes, accepts)',
  siloed: 'Computer: siloed (works alone)',
  random: 'Computer: random',
};

export function setupScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const setup = s.setup!;
  const rules = setup.rules;
  const sc = setup.scenario;
  let error: HTMLElement;
  const saveInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'setup-save-file',
    class: 'sr-only',
    tabindex: '-1',
    'aria-hidden': 'true',
    'data-testid': 'setup-import-save-input',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'save'),
  });

  const seatRow = (roleId: string) => {
    const role = rules.role(roleId);
    const seat: Seat = setup.seats[roleId] ?? { kind: 'team', name: defaultTeamName(rules, roleId) };
    const value = seat.kind === 'team' ? 'team' : seat.policy;
    return h(
      'div',
      { class: 'seat', role: 'group', 'aria-labelledby': `seat-${roleId}-name` },
      h('div', { class: 'seat-role' }, roleBadge(rules, roleId, { large: true }), h('div', null, h('strong', { id: `seat-${roleId}-name` }, role.name), h('span', { class: 'muted' }, `${role.actionPoints} action points a turn`))),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Played by'),
        h(
          'select',
          {
            id: `seat-${roleId}-kind`,
            'data-testid': `seat-${roleId}`,
            onchange: (ev: Event) => {
              const v = (ev.target as HTMLSelectElement).value;
              session.setSeat(roleId, v === 'team' ? { kind: 'team', name: defaultTeamName(rules, roleId) } : { kind: 'policy', policy: v as Extract<Seat, { kind: 'policy' }>['policy'] });
            },
          },
          h('option', { value: 'team', selected: value === 'team' }, 'A team at this screen'),
          POLICY_IDS.map((p) => h('option', { value: p, selected: value === p }, POLICY_WORDS[p] ?? p)),
        ),
      ),
      seat.kind === 'team'
        ? h(
            'label',
            { class: 'field' },
            h('span', null, 'Team name'),
            h('input', {
              type: 'text',
              id: `seat-${roleId}-team`,
              'data-testid': `team-${roleId}`,
              value: seat.name,
              maxlength: '40',
              oninput: (ev: Event) => session.setSeat(roleId, { kind: 'team', name: (ev.target as HTMLInputElement).value }),
            }),
          )
        : h('p', { class: 'field muted' }, 'The computer plays this role with what its card allows; its moves are recorded like a team\u2019s.'),
    );
  };

  return h(
    'div',
    { class: 'screen screen-setup' },
    floatingNotice(ctx),
    h('header', { class: 'topbar', role: 'banner' }, h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25c8'), 'Mandate')),
    h(
      'main',
      { class: 'setup', id: 'main' },
      h(
        'section',
        { class: 'panel setup-intro', 'aria-labelledby': 'screen-title' },
        h('p', { class: 'eyebrow' }, 'Set up the exercise'),
        h('h1', { id: 'screen-title', tabindex: '-1' }, sc.title),
        h('p', { class: 'lede' }, sc.summary),
        h('details', { class: 'setting' }, h('summary', null, 'Read the setting'), h('p', null, sc.setting)),
        sc.learningObjectives.length
          ? h('div', { class: 'objectives' }, h('h4', null, 'Learning objectives'), h('ul', null, sc.learningObjectives.map((o) => h('li', null, o))))
          : null,
        setup.warnings.length ? h('details', null, h('summary', null, `${setup.warnings.length} warnings about this scenario`), h('ul', null, setup.warnings.map((w) => h('li', null, h('code', { class: 'path' }, w.path), ' ', w.message)))) : null,
      ),
      h(
        'form',
        {
          class: 'panel setup-form',
          'aria-label': 'Seating and seed',
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            const problem = session.startGame();
            if (problem) error.textContent = problem;
          },
        },
        h('h2', null, 'Who plays which role'),
        h('p', { class: 'muted' }, 'Each team plans in turn on this screen. A role with no team is played by the computer, so two teams can play a three-role scenario.'),
        h('div', { class: 'seats' }, sc.roles.map((r) => seatRow(r.id))),
        h('h2', null, 'Seed'),
        h(
          'div',
          { class: 'seed-row' },
          h(
            'label',
            { class: 'field' },
            h('span', null, 'Seed (the same seed and orders give the same game)'),
            h('input', { type: 'text', id: 'seed', 'data-testid': 'seed', value: setup.seed, maxlength: '80', oninput: (ev: Event) => session.setSeed((ev.target as HTMLInputElement).value) }),
          ),
          h('button', { type: 'button', class: 'btn', id: 'new-seed', onclick: () => session.newSeed() }, '\u21bb New seed'),
        ),
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', id: 'facilitator-toggle', checked: s.facilitator, onchange: (ev: Event) => session.toggleFacilitator((ev.target as HTMLInputElement).checked) }),
          h('span', null, 'Facilitator view: show every log entry, including each team\u2019s private ones'),
        ),
        s.saveProblem ? saveProblemPanel(s.saveProblem, () => session.dismissSaveProblem()) : null,
        s.autosave && s.autosave.turn
          ? h('p', { class: 'replace-note' }, `Starting replaces the game saved in this browser (${s.autosave.title}, turn ${s.autosave.turn}). Export it first from its top bar to keep it.`)
          : null,
        (error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'setup-error' })),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-quiet', id: 'setup-back', onclick: () => session.exitToStart() }, '\u2190 Back'),
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'start-game', 'data-testid': 'start-game' }, 'Start the exercise'),
        ),
        h(
          'p',
          { class: 'muted setup-resume' },
          'Or continue a game of this scenario from a save file: ',
          saveInput,
          h('button', { type: 'button', class: 'btn btn-small', id: 'setup-open-save', onclick: () => saveInput.click() }, 'Open a save file\u2026'),
        ),
      ),
    ),
  );
}
