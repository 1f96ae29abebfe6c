/** Problem reports: a scenario file that cannot be used (every problem with its JSON path) and a
 * save that cannot be opened. They are alerts; a new one takes the focus (see app.ts). */
import type { Lang } from '../../i18n';
import { say, type Problem, type SaveProblem } from '../../store';
import type { ScreenContext } from '../context';
import { downloadText, filePicker, h, slots, type View } from '../dom';

/**
 * The problems of the last scenario file, and, when the scenario waits for the Tiled map it
 * names, a picker for just that map.
 */
export function scenarioProblemsPanel(ctx: ScreenContext): View | null {
  const { s, session, L } = ctx;
  const t = L.ui.components;
  const p = s.scenarioProblems;
  if (!p) return null;
  let addMap: View | null = null;
  if (p.map) {
    const picker = filePicker({
      accept: '.tmj,.json,application/json',
      id: 'map-file',
      class: 'sr-only',
      tabindex: '-1',
      'aria-hidden': 'true',
      'data-testid': 'map-file',
      onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'map'),
    });
    addMap = h(
      'div',
      { class: 'add-map', 'data-testid': 'add-map' },
      h(
        'p',
        null,
        slots(p.map.missing ? t.addMapMissing : t.addMapOther, {
          source: h('strong', null, p.map.source),
          file: h('code', { class: 'path' }, p.map.file),
        }),
      ),
      picker.input,
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', id: 'add-map', onclick: picker.open },
        p.map.missing ? t.addMapButton : t.openAnotherMapButton,
      ),
    );
  }
  return problemsPanel(
    L,
    p.source,
    p.problems,
    p.warnings,
    () => session.dismissScenarioProblems(),
    addMap,
  );
}

/** Every problem of a scenario file, each with its JSON path. */
export function problemsPanel(
  L: Lang,
  source: string,
  problems: Problem[],
  warnings: Problem[],
  onClose: () => void,
  extra: View | null = null,
): View {
  const t = L.ui.components;
  const item = (p: Problem) =>
    h(
      'li',
      { class: `problem problem-${p.severity}` },
      h('code', { class: 'path' }, p.path),
      h('span', { class: 'problem-message' }, p.message),
      p.suggestion ? h('span', { class: 'problem-fix' }, t.fix(p.suggestion)) : null,
    );
  return h(
    'section',
    {
      class: 'panel problems',
      role: 'alert',
      'aria-labelledby': 'problems-title',
      'data-testid': 'scenario-problems',
    },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'problems-title', tabindex: '-1' }, `\u26a0 ${t.cannotBeUsed(source)}`),
      h(
        'button',
        { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'problems-close' },
        L.ui.common.dismiss,
      ),
    ),
    h('p', null, t.problemsToFix(problems.length)),
    h(
      'ol',
      {
        class: 'problem-list',
        tabindex: '0',
        'aria-label': t.problems,
      },
      problems.map(item),
    ),
    extra,
    warnings.length
      ? h(
          'details',
          null,
          h('summary', null, t.warnings(warnings.length)),
          h('ol', { class: 'problem-list' }, warnings.map(item)),
        )
      : null,
  );
}

/** A save that could not be read: what, where, and a way to keep the file as it was found. */
export function saveProblemPanel(L: Lang, p: SaveProblem, onClose: () => void): View {
  const t = L.ui.components;
  return h(
    'section',
    { class: 'panel save-problem', role: 'alert', 'data-testid': 'save-problem' },
    h('div', { class: 'panel-head' }, h('h2', { tabindex: '-1' }, `\u26a0 ${t.saveCannotOpen}`)),
    h('p', null, say(L, p.message)),
    h(
      'p',
      null,
      slots(t.saveWhere, { path: h('code', { class: 'path' }, p.path), file: p.filename }),
    ),
    h('p', { class: 'muted' }, t.nothingElseChanged),
    h(
      'div',
      { class: 'actions' },
      // A file refused unread (too large) has nothing to offer back.
      p.text === ''
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'btn',
              onclick: () =>
                downloadText(
                  p.filename.endsWith('.json') ? p.filename : `${p.filename}.json`,
                  p.text,
                ),
            },
            t.downloadFound,
          ),
      h(
        'button',
        { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'save-problem-close' },
        L.ui.common.dismiss,
      ),
    ),
  );
}
