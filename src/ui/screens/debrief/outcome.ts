/** The debrief's overview (score, result, figures, the exercise and its learning objectives) and
 * its objectives, each with the log entries that moved it most and the facilitator's rating. */
import type { GameState, LogEntry, Rules } from '../../../engine';
import type { Debrief, ObjectiveReport } from '../../../debrief/model';
import type { Lang } from '../../../i18n';
import { seatName, type Game } from '../../../store';
import { h, type View } from '../../dom';
import { roleBadge, rollView } from '../../components/entry';
import { ratingPill } from '../../evaluation';
import { evidenceTone } from '../../model/debrief';
import { effectText } from '../../text';
import { figure, section } from './parts';

export function overview(L: Lang, d: Debrief, g: Game): View {
  const t = L.ui.debrief;
  const o = d.overview;
  const c = d.coordination;
  const win = g.rules.scenario.winScore;
  const result = o.ended ? (o.won ? t.accomplished : t.notAccomplished) : t.inProgress;
  return section(
    'db-overview',
    t.overviewTitle,
    h(
      'div',
      { class: 'figures' },
      figure(
        t.score,
        L.f.num(o.score === null ? (g.state.history.at(-1)?.score ?? 0) : o.score),
        o.score === null ? t.scoreSoFar(win) : t.scoreOf(win),
        o.won === null ? undefined : o.won ? 'good' : 'bad',
      ),
      figure(t.result, result, o.reason ? t.ended(o.reason) : t.turnOf(g.state.turn, o.turns)),
      // The seed stays on a host: no seat is sent it.
      figure(
        t.turnsPlayed,
        t.playedOf(o.turnsPlayed, o.turns),
        o.seed ? t.seed(o.seed) : undefined,
      ),
      figure(
        t.jointActions,
        L.f.percent(c.jointShare),
        t.jointOf(c.jointActions, c.jointActions + c.soloActions),
      ),
      figure(t.incidentsResolved, L.f.num(c.incidentsResolved), t.failedCount(c.incidentsFailed)),
    ),
    h(
      'div',
      { class: 'overview-text' },
      h(
        'div',
        null,
        h('h3', null, t.theExercise),
        h('p', null, o.summary),
        h('p', { class: 'muted' }, o.setting),
      ),
      h(
        'div',
        null,
        h('h3', null, t.learningObjectives),
        h(
          'ol',
          { class: 'learning' },
          o.learningObjectives.map((l) => h('li', null, l)),
        ),
      ),
    ),
  );
}

function objectiveCard(L: Lang, rules: Rules, state: GameState, o: ObjectiveReport): View {
  const t = L.ui.debrief;
  return h(
    'article',
    {
      key: o.id,
      class: `objective ${o.met ? 'met' : 'unmet'}`,
      'data-testid': 'objective',
      'data-objective': o.id,
    },
    h(
      'div',
      { class: 'objective-head' },
      h('span', { class: `result-pill ${o.met ? 'good' : 'bad'}` }, o.met ? t.met : t.notMet),
      h('h3', null, o.description),
      h(
        'span',
        { class: 'objective-value' },
        t.nowTarget(o.value, o.target),
        o.weight ? h('span', { class: 'muted' }, ` \u00b7 ${t.points(o.weight)}`) : null,
      ),
    ),
    h(
      'div',
      { class: 'objective-body' },
      h(
        'div',
        { class: 'evidence' },
        h('h4', null, t.evidence),
        o.evidence.length === 0
          ? h('p', { class: 'muted' }, t.noEvidence)
          : h(
              'ul',
              { class: 'evidence-list' },
              o.evidence.map((e) => {
                const entry = state.log.find((x) => x.id === e.entry);
                const tone = evidenceTone(o, e.change);
                return h(
                  'li',
                  { key: e.entry },
                  h(
                    'details',
                    { class: 'evidence-item', 'data-testid': 'evidence' },
                    h(
                      'summary',
                      null,
                      h(
                        'span',
                        { class: `delta ${tone}` },
                        `${tone === 'good' ? '\u25b2' : '\u25bc'} ${L.f.signed(e.change)}`,
                      ),
                      h('span', { class: 'muted' }, ` ${t.turnDot(e.turn)}`),
                      e.title,
                    ),
                    entry
                      ? evidenceDetail(L, rules, entry)
                      : h('p', { class: 'muted' }, t.entryMissing),
                  ),
                );
              }),
            ),
      ),
      h(
        'div',
        { class: 'objective-rating' },
        h('h4', null, t.rating),
        ratingPill(L, o.evaluation),
        o.evaluation?.note ? h('p', { class: 'rating-note' }, t.quoted(o.evaluation.note)) : null,
      ),
    ),
  );
}

function evidenceDetail(L: Lang, rules: Rules, entry: LogEntry): View {
  return h(
    'div',
    { class: 'evidence-detail' },
    entry.detail ? h('p', { class: 'entry-detail' }, L.msg(entry.detail)) : null,
    rollView(L, entry) ?? h('p', { class: 'muted' }, L.ui.debrief.noRoll),
    entry.effects.length
      ? h(
          'ul',
          { class: 'effects' },
          entry.effects.map((x) => h('li', { class: 'effect' }, effectText(L, rules, x))),
        )
      : null,
  );
}

export function objectives(L: Lang, g: Game, d: Debrief): View {
  const t = L.ui.debrief;
  const met = d.objectives.filter((o) => o.met).length;
  return section(
    'db-objectives',
    t.objectivesTitle,
    h('p', { class: 'lede' }, t.objectivesLede(met, d.objectives.length)),
    h(
      'div',
      { class: 'objectives-list' },
      d.objectives.map((o) => objectiveCard(L, g.rules, g.state, o)),
    ),
    h('h3', null, t.privateTitle),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'results', 'data-testid': 'private-objectives' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.colRole),
            h('th', { scope: 'col' }, t.colObjective),
            h('th', { scope: 'col', class: 'num' }, t.colNow),
            h('th', { scope: 'col' }, t.colResult),
            h('th', { scope: 'col' }, t.colRating),
          ),
        ),
        h(
          'tbody',
          null,
          d.privateObjectives.map((o) =>
            h(
              'tr',
              null,
              h('td', null, roleBadge(L, g.rules, o.role!), ` ${seatName(L, g, o.role!)}`),
              h('td', null, o.description, h('span', { class: 'muted' }, ` (${o.target})`)),
              h('td', { class: 'num' }, L.f.num(o.value)),
              h('td', { class: `result ${o.met ? 'good' : 'bad'}` }, o.met ? t.met : t.notMet),
              h('td', null, ratingPill(L, o.evaluation)),
            ),
          ),
        ),
      ),
    ),
  );
}
