/**
 * The order builder: an action, then what that action needs, then the order, proposal or share.
 * Options the rules forbid are disabled with the reason said. It works for a team's planning turn
 * and for the what-if panel alike (`BuilderEnv`); the draft lives in the store either way.
 */
import { commandProblem, type ActionDef } from '../../../engine';
import type { Lang } from '../../../i18n';
import { EMPTY_DRAFT } from '../../../store';
import { h, type Child, type View } from '../../dom';
import { actionDescription, actionUnavailable, draftCommand, draftVerb } from '../../model/draft';
import { answersNote, outlookView } from '../../components/chance';
import { draftAttempt, outlook } from '../../model/chance';
import { answeredAnywhere, answeredHere } from '../../model/incidents';
import { actionName } from '../../text';
import { incidentAnswers } from './incidentAnswers';
import { field, shapeFields, type BuilderEnv } from './builderFields';

export type { BuilderEnv };

const SHAPES: readonly ActionDef['shape'][] = ['solo', 'joint', 'share', 'move'];

/** What the draft would answer, and its chance as it stands, once it names an action and a place. */
function draftOutlook(L: Lang, env: BuilderEnv): View[] {
  const { rules, state, role, draft: d } = env;
  const attempted = draftAttempt(rules, role, d);
  if (!attempted) return [];
  const answered = answeredHere(state, d.action, d.district);
  const o = outlook(rules, state, env.viewer ?? role, attempted);
  return [
    answered.length
      ? h('div', { key: 'answers' }, answersNote(L, answered, 'draft-answers'))
      : null,
    o
      ? h(
          'div',
          { key: 'outlook' },
          outlookView(L, rules, o, { viewer: env.viewer ?? role, open: true, id: 'draft-outlook' }),
        )
      : null,
  ].filter((x) => x !== null);
}

export function orderBuilder(L: Lang, env: BuilderEnv): View {
  const t = L.ui.planning;
  const { rules, state, role } = env;
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const d = env.draft;
  const unavailable = rules.actions
    .filter((a) => card.capabilities.includes(a.id))
    .map((a) => [a, actionUnavailable(L, rules, state, role, a, env.round)] as const);
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  const closed = unavailable.filter(([, why]) => why !== null);

  const actionSelect = h(
    'select',
    {
      id: 'draft-action',
      'data-testid': 'draft-action',
      value: d.action,
      onchange: (ev: Event) =>
        env.setDraft({
          ...EMPTY_DRAFT,
          action: (ev.target as HTMLSelectElement).value,
          district: env.selected ?? '',
        }),
    },
    h('option', { value: '' }, t.chooseAction),
    // Grouped by kind (solo, joint, intelligence, movement), so each option is only its name and
    // cost.
    SHAPES.map((shape) => {
      const here = unavailable.filter(([a]) => a.shape === shape);
      if (here.length === 0) return null;
      return h(
        'optgroup',
        { label: t.shapes[shape] },
        here.map(([a, why]) => {
          const label = t.actionOption(actionName(L, a.id), a.cost);
          const answers = why ? [] : answeredAnywhere(rules, state, role, a, env.round);
          return h(
            'option',
            { value: a.id, disabled: why !== null },
            why
              ? t.notAvailable(label)
              : answers.length
                ? L.ui.outlook.answersOption(label)
                : label,
          );
        }),
      );
    }),
  );

  const { cmd, missing } = draftCommand(L, rules, role, d);
  const refused = cmd ? commandProblem({ rules, s: state }, cmd) : null;
  const problem = refused ? L.msg(refused) : missing;
  const parts: Child[] = [
    field('action', t.actionLabel, actionSelect),
    closed.length
      ? h(
          'details',
          { key: 'unavailable', class: 'unavailable' },
          h('summary', null, t.whyUnavailable(closed.length)),
          h(
            'ul',
            { class: 'reasons' },
            closed.map(([a, why]) =>
              h('li', null, h('strong', null, t.labelled(actionName(L, a.id))), ' ', why),
            ),
          ),
        )
      : null,
    action
      ? // The action's name again, whole: a narrow select may cut a long French or Spanish name.
        h(
          'p',
          { key: 'description', class: 'action-desc' },
          h('strong', { class: 'action-name' }, t.labelled(actionName(L, action.id))),
          ' ',
          actionDescription(L, action),
          ' ',
          h(
            'strong',
            null,
            action.shape === 'joint'
              ? t.costsJoint(action.cost, action.partnerCost ?? 1)
              : t.costs(action.cost),
          ),
        )
      : null,
    action ? shapeFields(L, env, action) : null,
    ...draftOutlook(L, env),
    h(
      'div',
      { key: 'submit', class: 'builder-submit' },
      h(
        'button',
        {
          type: 'submit',
          class: 'btn btn-primary',
          id: 'draft-submit',
          'data-testid': 'draft-submit',
          disabled: problem !== null,
          'aria-describedby': 'draft-problem',
        },
        draftVerb(L, action),
      ),
      h(
        'p',
        {
          id: 'draft-problem',
          class: `draft-problem${problem && cmd ? ' bad' : ''}`,
          'data-testid': 'draft-problem',
        },
        problem ?? t.ready(me.apLeft - (action?.cost ?? 0)),
      ),
    ),
  ];

  parts.push(incidentAnswers(L, env));

  return h(
    'form',
    {
      class: 'builder',
      'aria-label': t.newOrder,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        if (!cmd) return;
        if (env.submit(cmd)) return;
        env.setDraft({ ...EMPTY_DRAFT });
        env.done(cmd, action ? actionName(L, action.id) : cmd.type);
      },
    },
    h('h3', null, env.title ?? (env.round === 1 ? t.newOrderOrProposal : t.newOrder)),
    parts,
  );
}
