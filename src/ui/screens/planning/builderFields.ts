/** What each shape of action asks the builder for: a district, partners and a posture, a fact and
 * a recipient, or a unit and where it goes. */
import {
  actionProblem,
  POSTURES,
  type ActionDef,
  type Command,
  type GameState,
  type Rules,
} from '../../../engine';
import type { Lang } from '../../../i18n';
import type { Draft, Said } from '../../../store';
import { h, type Child, type View } from '../../dom';
import { roleBadge } from '../../components/entry';
import { districtProblems, districtsByReason } from '../../model/draft';
import { answeredHere } from '../../model/incidents';
import { assetName, districtName } from '../../text';

/**
 * What the order builder works on: a team's planning turn, or the what-if panel building other
 * orders for a turn of the replay.
 */
export interface BuilderEnv {
  rules: Rules;
  state: GameState;
  role: string;
  round: 1 | 2;
  draft: Draft;
  selected: string | null;
  setDraft(d: Partial<Draft>): void;
  selectDistrict(id: string | null): void;
  /** Gives the order; returns why it could not be given, or null. */
  submit(cmd: Command): Said | null;
  /** Words after a success ("Order given: Patrol."); `actionName` is in the window's language. */
  done(cmd: Command, actionName: string): void;
  title?: string;
  /** Whose knowledge the chance shown is worked out on: the team's (`role`, the default) or the
   * facilitator's, who sees every fact and order. */
  viewer?: string;
}

/** A labelled control of the builder; `key` names the part, so each keeps its node as others come
 * and go. */
export function field(key: string, label: string, control: View, hint?: Child): View {
  return h(
    'label',
    { key, class: 'field' },
    h('span', null, label),
    control,
    hint ? h('span', { class: 'hint' }, hint) : null,
  );
}

/** A select of [value, label, why it is closed] options, with a first "Choose…" option. */
function picker(
  id: string,
  value: string,
  choose: string,
  options: [string, string, string | null][],
  onpick: (v: string) => void,
): View {
  return h(
    'select',
    {
      id,
      'data-testid': id,
      value,
      onchange: (ev: Event) => onpick((ev.target as HTMLSelectElement).value),
    },
    h('option', { value: '' }, choose),
    options.map(([v, label, why]) => h('option', { value: v, disabled: why !== null }, label)),
  );
}

function districtFields(L: Lang, env: BuilderEnv, action: ActionDef): View[] {
  const t = L.ui.planning;
  const { rules, state, role, draft: d } = env;
  const problems = districtProblems(L, rules, state, role, action.id);
  const closed = districtsByReason(L, rules, problems);
  return [
    field(
      'district',
      t.districtLabel,
      picker(
        'draft-district',
        d.district,
        t.chooseDistrict,
        problems.map(([id, p]) => {
          const name = districtName(L, rules, id);
          const answered = answeredHere(state, action.id, id);
          const label = p
            ? t.notAvailable(name)
            : answered.length
              ? L.ui.outlook.answersHere(name)
              : name;
          return [id, label, p];
        }),
        (v) => {
          env.setDraft({ district: v });
          env.selectDistrict(v || null);
        },
      ),
    ),
    closed.length
      ? h(
          'ul',
          { key: 'closed', class: 'reasons', 'aria-label': t.districtsClosed },
          closed.map(([reason, names]) =>
            h('li', null, h('strong', null, t.labelled(L.f.list(names))), ' ', reason),
          ),
        )
      : null,
  ].filter((x) => x !== null);
}

function partnerFields(L: Lang, env: BuilderEnv, action: ActionDef): View[] {
  const t = L.ui.planning;
  const { rules, state, role, draft: d } = env;
  const others = rules.scenario.roles.filter((r) => r.id !== role);
  const partners = h(
    'fieldset',
    { key: 'partners', class: 'field partner-choices' },
    h('legend', null, action.id === 'crowd_control' ? t.partnersCrowd : t.invitePartners),
    others.map((o) => {
      const problem = actionProblem(
        { rules, s: state },
        o.id,
        action.id,
        d.district || rules.scenario.districts[0]!.id,
        false,
      );
      const why = problem ? L.msg(problem) : null;
      return h(
        'label',
        { key: o.id, class: `check${why ? ' disabled' : ''}` },
        h('input', {
          type: 'checkbox',
          id: `partner-${o.id}`,
          'data-testid': `partner-${o.id}`,
          checked: d.partners.includes(o.id),
          disabled: why !== null,
          onchange: (ev: Event) => {
            const on = (ev.target as HTMLInputElement).checked;
            env.setDraft({
              partners: on ? [...d.partners, o.id] : d.partners.filter((x) => x !== o.id),
            });
          },
        }),
        roleBadge(L, rules, o.id),
        h(
          'span',
          null,
          ` ${L.text(o.name)}`,
          why ? h('span', { class: 'hint' }, ` \u2014 ${why}`) : null,
        ),
      );
    }),
  );
  if (action.id !== 'crowd_control') return [partners];
  const chosen = POSTURES.find((p) => p === d.posture);
  // The three names side by side and only the chosen one's description under them: all three
  // descriptions at once made the form taller than a laptop's screen. Each name carries its
  // description for screen readers, and as a tooltip.
  const posture = h(
    'fieldset',
    { key: 'posture', class: 'field posture', 'data-testid': 'posture' },
    h('legend', null, t.postureLabel),
    h(
      'div',
      { class: 'segmented' },
      POSTURES.map((p) =>
        h(
          'label',
          {
            key: p,
            class: `segment${d.posture === p ? ' on' : ''}`,
            title: L.vocab.postures[p].description,
          },
          h('input', {
            type: 'radio',
            name: 'posture',
            id: `posture-${p}`,
            value: p,
            checked: d.posture === p,
            onchange: () => env.setDraft({ posture: p }),
          }),
          h('span', null, L.vocab.postures[p].name),
          h('span', { class: 'sr-only' }, ` \u2014 ${L.vocab.postures[p].description}`),
        ),
      ),
    ),
    chosen
      ? h(
          'p',
          { class: 'posture-desc', 'aria-hidden': 'true' },
          h('strong', null, L.vocab.postures[chosen].name),
          ` \u2014 ${L.vocab.postures[chosen].description}`,
        )
      : null,
  );
  return [partners, posture];
}

function shareFields(L: Lang, env: BuilderEnv): View[] {
  const t = L.ui.planning;
  const { rules, state, role, draft: d } = env;
  const me = state.roles.find((r) => r.id === role)!;
  const facts = me.knows.map((f) => rules.factById.get(f)!).filter(Boolean);
  const others = rules.scenario.roles.filter((r) => r.id !== role);
  return [
    field(
      'fact',
      t.factLabel,
      picker(
        'draft-fact',
        d.fact,
        t.chooseFact,
        facts.map((f) => [f.id, L.text(f.title), null]),
        (v) => env.setDraft({ fact: v }),
      ),
    ),
    field(
      'to',
      t.shareWith,
      picker(
        'draft-to',
        d.to,
        t.chooseRole,
        others.map((o) => [o.id, L.text(o.name), null]),
        (v) => env.setDraft({ to: v }),
      ),
      t.leakHint,
    ),
  ];
}

function moveFields(L: Lang, env: BuilderEnv): View[] {
  const t = L.ui.planning;
  const { rules, state, role, draft: d } = env;
  const units = state.assets.filter((a) => a.role === role);
  const unit = units.find((u) => u.id === d.asset);
  const which = field(
    'asset',
    t.unitLabel,
    picker(
      'draft-asset',
      d.asset,
      t.chooseUnit,
      units.map((u) => [
        u.id,
        t.unitOption(assetName(L, rules, u.id), districtName(L, rules, u.location)),
        null,
      ]),
      (v) => env.setDraft({ asset: v, district: '' }),
    ),
  );
  if (!unit) return [which];
  return [
    which,
    field(
      'district',
      t.moveTo,
      picker(
        'draft-district',
        d.district,
        t.chooseNeighbour,
        rules.district(unit.location).neighbours.map((n) => [n, districtName(L, rules, n), null]),
        (v) => env.setDraft({ district: v }),
      ),
    ),
  ];
}

export function shapeFields(L: Lang, env: BuilderEnv, action: ActionDef): View[] {
  switch (action.shape) {
    case 'solo':
      return districtFields(L, env, action);
    case 'joint':
      return [...districtFields(L, env, action), ...partnerFields(L, env, action)];
    case 'share':
      return shareFields(L, env);
    case 'move':
      return moveFields(L, env);
  }
}
