/**
 * The debrief (after-action review), for a projector and for print: the sections of a real
 * after-action report, built from `buildDebrief` (a pure function of the log, cached per state and
 * language in model/debrief.ts), the facilitator's evaluation and improvement plan, and the
 * exports. The screen (and so the print) speaks the window's language.
 */
import { visibleLog } from '../../../engine';
import { logPanel } from '../../components/logPanel';
import type { ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { improvementPlan } from '../../evaluation';
import { debriefOf } from '../../model/debrief';
import { gameFrame } from '../frame';
import { exportsBar } from './exports';
import { objectives, overview } from './outcome';
import { section } from './parts';
import { evaluationSection, notesSection, questionsSection, rolesSection } from './people';
import { factsSection } from './facts';
import { charts, coordination, keyMoments, timeline } from './story';

const SECTIONS = [
  'overview',
  'objectives',
  'timeline',
  'charts',
  'moments',
  'coordination',
  'facts',
  'roles',
  'questions',
  'notes',
  'evaluation',
  'plan',
  'log',
] as const;

/** Scrolls the debrief's own scroll area (not the page) to a section and focuses its title. */
function goToSection(id: string): void {
  const el = document.getElementById(id);
  const box = el?.closest<HTMLElement>('.debrief-content');
  if (!el || !box) return;
  box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  document.getElementById(`${id}-title`)?.focus({ preventScroll: true });
}

export function debriefScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.debrief;
  const g = s.game!;
  const d = debriefOf(g.rules, g.state, L);
  const back =
    s.mode === 'console'
      ? t.backConsole
      : g.state.status === 'ended'
        ? t.backResults
        : t.backExercise;
  const nav = h(
    'nav',
    { class: 'debrief-nav no-print', 'aria-label': t.navLabel },
    h(
      'ol',
      null,
      SECTIONS.map((key) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: `#db-${key}`,
              onclick: (ev: Event) => {
                ev.preventDefault();
                goToSection(`db-${key}`);
              },
            },
            t.nav[key],
          ),
        ),
      ),
    ),
  );
  const o = d.overview;
  const content = h(
    'div',
    { class: 'debrief-content' },
    h(
      'header',
      { class: 'debrief-head' },
      h(
        'div',
        null,
        h('p', { class: 'eyebrow' }, t.eyebrow),
        h('h1', { id: 'screen-title', tabindex: '-1' }, t.title(o.title)),
        h(
          'p',
          { class: 'muted' },
          s.net
            ? t.metaOnHost(o.turnsPlayed, o.turns)
            : t.meta(o.turnsPlayed, o.turns, o.seed, g.hash),
        ),
      ),
      h(
        'div',
        { class: 'debrief-actions no-print' },
        // A replay needs the commands and the seed, which stay on a host.
        s.net
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                id: 'open-replay',
                'data-testid': 'open-replay',
                onclick: () => session.openReplay(1),
              },
              t.openReplay,
            ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small btn-quiet',
            id: 'debrief-back',
            onclick: () => session.closeDebrief(),
          },
          back,
        ),
      ),
    ),
    exportsBar(ctx, g),
    overview(L, d, g),
    objectives(L, g, d),
    timeline(L, g, d),
    charts(ctx, d),
    keyMoments(L, g, d),
    coordination(L, d),
    factsSection(L, g, d),
    rolesSection(L, g, d),
    questionsSection(L, d),
    notesSection(L, d),
    evaluationSection(ctx, g, d),
    section(
      'db-plan',
      t.planTitle,
      h('p', { class: 'muted' }, t.planLede),
      improvementPlan(ctx, g.rules, g.state.improvements, { editable: true }),
    ),
    section(
      'db-log',
      t.logTitle,
      h('p', { class: 'muted' }, t.logLede(L.ui.components.why)),
      logPanel(
        L,
        session,
        g.rules,
        visibleLog(g.state, 'facilitator'),
        s.logFilter,
        'debrief-log',
        g.state.turn,
      ),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'debrief-screen', id: 'main' }, nav, content));
}
