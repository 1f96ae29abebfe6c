/** The console's evaluation: rate each objective (P, S, M, U) with a note, and the improvement
 * plan. */
import { RATINGS } from '../../../engine';
import type { Game } from '../../../store';
import { h, type Child } from '../../dom';
import { roleBadge } from '../../components/entry';
import { seatKind, type ScreenContext } from '../../context';
import { improvementPlan, ratingForm, ratingPill, ratingShort } from '../../evaluation';
import { debriefOf } from '../../model/debrief';
import { mayGive } from '../../../net/permissions';

export function evaluationTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const d = debriefOf(g.rules, g.state, L);
  const row = (o: (typeof d.objectives)[number]) =>
    h(
      'li',
      { key: o.id, class: 'eval-row', 'data-testid': 'eval-row', 'data-objective': o.id },
      h(
        'div',
        { class: 'eval-what' },
        o.role ? [roleBadge(L, g.rules, o.role), ' '] : null,
        h('strong', null, o.description),
        h('span', { class: 'muted' }, ` \u00b7 ${t.targetNow(o.target, o.value)} `),
        h(
          'span',
          { class: `result-pill small ${o.met ? 'good' : 'bad'}` },
          o.met ? t.met : t.notMet,
        ),
      ),
      h(
        'div',
        { class: 'eval-now' },
        ratingPill(L, o.evaluation),
        o.evaluation?.note
          ? h('span', { class: 'muted' }, ` ${L.ui.debrief.quoted(o.evaluation.note)}`)
          : null,
      ),
      ratingForm(ctx, o.id, o.description, o.evaluation),
    );
  const scale = RATINGS.map(
    (r) => `${ratingShort(L, r)} ${L.vocab.ratings[r].toLocaleLowerCase(L.locale)}`,
  ).join(' \u00b7 ');
  return [
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'eval-title' },
      h('h2', { id: 'eval-title' }, t.rateTitle),
      h('p', { class: 'muted' }, t.rateLede(scale)),
      h('h3', null, t.missionObjectives),
      h('ul', { class: 'eval-list' }, d.objectives.map(row)),
      h('h3', null, t.privateObjectives),
      h('ul', { class: 'eval-list' }, d.privateObjectives.map(row)),
    ),
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'plan-title' },
      h('h2', { id: 'plan-title' }, t.planTitle),
      improvementPlan(ctx, g.rules, g.state.improvements, {
        editable: mayGive(seatKind(ctx), 'addImprovement'),
      }),
    ),
  ];
}
