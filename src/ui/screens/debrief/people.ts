/** The people of the exercise: strengths and areas for improvement per role, the discussion
 * questions, the facilitator's annotations and actions, and the evaluation table. */
import type { Debrief } from '../../../debrief/model';
import { roleFigures } from '../../../debrief/markdown';
import type { Lang } from '../../../i18n';
import { seatName, type Game } from '../../../store';
import { roleBadge } from '../../components/entry';
import type { ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { ratingForm, ratingPill } from '../../evaluation';
import { section } from './parts';

export function rolesSection(L: Lang, g: Game, d: Debrief): View {
  const t = L.ui.debrief;
  return section(
    'db-roles',
    t.rolesTitle,
    h(
      'div',
      { class: 'role-reports' },
      d.roles.map((r) =>
        h(
          'article',
          { class: 'role-report' },
          h(
            'div',
            { class: 'role-head' },
            roleBadge(L, g.rules, r.role, { large: true }),
            h(
              'div',
              null,
              h('h3', null, r.name),
              h('p', { class: 'muted' }, `${seatName(L, g, r.role)} \u00b7 ${roleFigures(L, r)}`),
            ),
          ),
          h('h4', null, t.strengths),
          r.strengths.length
            ? h(
                'ul',
                { class: 'strengths' },
                r.strengths.map((x) => h('li', null, x)),
              )
            : h('p', { class: 'muted' }, t.noneStoodOut),
          h('h4', null, t.improvements),
          r.improvements.length
            ? h(
                'ul',
                { class: 'improve' },
                r.improvements.map((x) => h('li', null, x)),
              )
            : h('p', { class: 'muted' }, t.noneStoodOut),
        ),
      ),
    ),
  );
}

export function questionsSection(L: Lang, d: Debrief): View {
  const t = L.ui.debrief;
  return section(
    'db-questions',
    t.questionsTitle,
    h(
      'ol',
      { class: 'questions' },
      d.questions.map((q) =>
        h(
          'li',
          null,
          q.text,
          h(
            'span',
            { class: `q-source q-${q.source}` },
            q.source === 'scenario' ? t.fromScenario : t.fromGame,
          ),
        ),
      ),
    ),
  );
}

export function notesSection(L: Lang, d: Debrief): View {
  const t = L.ui.debrief;
  return section(
    'db-notes',
    t.notesTitle,
    h('h3', null, t.annotations(d.annotations.length)),
    d.annotations.length === 0
      ? h('p', { class: 'muted' }, t.noAnnotations)
      : h(
          'ul',
          { class: 'notes', 'data-testid': 'annotations' },
          d.annotations.map((a) =>
            h(
              'li',
              null,
              h('span', { class: 'muted' }, t.annotationOn(a.turn, a.title)),
              h('p', null, `\u270e ${a.note}`),
            ),
          ),
        ),
    h('h3', null, t.actionsTitle),
    d.facilitatorActions.length === 0
      ? h('p', { class: 'muted' }, t.none)
      : h(
          'ul',
          { class: 'notes', 'data-testid': 'facilitator-actions' },
          d.facilitatorActions.map((a) =>
            h(
              'li',
              { class: a.overrule ? 'overrule' : '' },
              h('span', { class: 'muted' }, t.turnColon(a.turn)),
              a.title,
            ),
          ),
        ),
    d.releasedInjects.length
      ? h(
          'div',
          null,
          h('h3', null, t.releasedTitle),
          h(
            'ul',
            { class: 'notes', 'data-testid': 'released-injects' },
            d.releasedInjects.map((e) =>
              h('li', null, h('span', { class: 'muted' }, t.turnColon(e.turn)), e.title),
            ),
          ),
        )
      : null,
  );
}

export function evaluationSection(ctx: ScreenContext, g: Game, d: Debrief): View {
  const { L } = ctx;
  const t = L.ui.debrief;
  const rows = [...d.objectives, ...d.privateObjectives];
  return section(
    'db-evaluation',
    t.evaluationTitle,
    h('p', { class: 'muted' }, t.evaluationLede),
    h(
      'table',
      { class: 'results evaluation', 'data-testid': 'evaluation' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.colObjective),
          h('th', { scope: 'col' }, t.colCriterion),
          h('th', { scope: 'col' }, t.colResult),
          h('th', { scope: 'col' }, t.colRatingNotes),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((o) =>
          h(
            'tr',
            { key: o.id, 'data-objective': o.id },
            h('td', null, o.role ? [roleBadge(L, g.rules, o.role), ' '] : null, o.description),
            h('td', null, o.target),
            h(
              'td',
              { class: `result ${o.met ? 'good' : 'bad'}` },
              t.resultValue(o.met ? t.met : t.notMet, o.value),
            ),
            h(
              'td',
              { class: 'rating-cell' },
              ratingPill(L, o.evaluation),
              o.evaluation?.note ? h('p', { class: 'rating-note' }, o.evaluation.note) : null,
              h(
                'details',
                { class: 'rate-open no-print' },
                h(
                  'summary',
                  { 'data-testid': `rate-open-${o.id}` },
                  o.evaluation ? t.changeRating : t.rateIt,
                ),
                ratingForm(ctx, o.id, o.description, o.evaluation),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
