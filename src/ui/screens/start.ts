/** The start screen: the language, bundled scenarios, opening a scenario file, resuming or
 * importing a save. */
import { isLocale, LOCALE_NAMES, pickText } from '../../i18n';
import type { LocalText } from '../../format';
import { filePicker, h, type View } from '../dom';
import { saveProblemPanel, scenarioProblemsPanel } from '../components/problems';
import { languagePicker } from './frame';
import type { ScreenContext } from '../context';

export function startScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.start;
  const scenarioInput = filePicker({
    accept: '.json,.tmj,application/json',
    multiple: true,
    id: 'scenario-file',
    'data-testid': 'scenario-file',
    class: 'sr-only',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'scenario'),
  });
  const saveInput = filePicker({
    accept: '.json,application/json',
    id: 'save-file',
    'data-testid': 'import-save-input',
    class: 'sr-only',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'save'),
  });

  const card = (b: (typeof s.bundled)[number], i: number) => {
    // Each scenario's text in the window's language, or in the scenario's own when it has no
    // translation.
    const text = (x: LocalText) => pickText(x, L.locale, b.language);
    const objectives = b.learningObjectives.map(text);
    const summary = text(b.summary);
    const offered = b.languages.map((l) => (isLocale(l) ? LOCALE_NAMES[l] : l));
    // A scenario not written in the window's language shows its own, and says so to screen readers
    // (always said, so a language switch never leaves a card with an empty `lang`).
    const speaks = b.languages.includes(L.locale) ? L.locale : b.language;
    return h(
      'article',
      { key: b.file, class: 'scenario-card', 'aria-labelledby': `sc-${i}`, lang: speaks },
      h('h3', { id: `sc-${i}` }, text(b.title)),
      h(
        'p',
        { class: 'scenario-meta', lang: L.locale },
        b.turns ? h('span', null, t.turns(b.turns)) : null,
        b.roles.length ? h('span', null, t.roles(b.roles.length)) : null,
        h('span', null, b.file),
        offered.length
          ? h('span', { class: 'scenario-langs' }, t.offeredIn(L.f.list(offered)))
          : null,
      ),
      summary ? h('p', { class: 'lede' }, summary) : null,
      objectives.length
        ? h(
            'details',
            { class: 'objectives', open: b === here[0] },
            h('summary', { lang: L.locale }, t.objectives(objectives.length)),
            h(
              'ul',
              null,
              objectives.map((o) => h('li', null, o)),
            ),
          )
        : null,
      h(
        'div',
        { class: 'actions', lang: L.locale },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary',
            id: `choose-${b.file}`,
            'data-testid': `choose-${b.id}`,
            disabled: s.loading,
            'aria-busy': s.loading && ctx.local.choosing === b.file ? 'true' : undefined,
            onclick: () => {
              ctx.local.choosing = b.file;
              void session.chooseBundled(b.file);
            },
          },
          // Said on the button pressed, which is in view wherever the page was scrolled.
          s.loading && ctx.local.choosing === b.file ? t.loading : `${t.setUp} \u2192`,
        ),
      ),
    );
  };
  // Scenarios written in the window's language first; the others wait, folded, in their own.
  const here = s.bundled.filter((b) => b.languages.includes(L.locale));
  const elsewhere = s.bundled.filter((b) => !b.languages.includes(L.locale));
  const cards = [
    here.map((b) => card(b, s.bundled.indexOf(b))),
    elsewhere.length
      ? h(
          'details',
          // Folded anew in each language: which scenarios are "elsewhere" depends on it.
          { class: 'other-scenarios', key: `other-${L.locale}`, open: here.length === 0 },
          h('summary', null, t.otherLanguages(elsewhere.length)),
          elsewhere.map((b) => card(b, s.bundled.indexOf(b))),
        )
      : null,
  ];

  const resume = s.autosave
    ? h(
        'section',
        { class: 'panel resume', 'aria-labelledby': 'resume-title' },
        h('h2', { id: 'resume-title' }, t.savedGame),
        h(
          'p',
          null,
          s.autosave.turn
            ? t.savedAt(L.text(s.autosave.title ?? undefined), s.autosave.turn)
            : t.savedFound,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary',
            id: 'resume',
            'data-testid': 'resume',
            disabled: s.loading,
            onclick: () => void session.resumeAutosave(),
          },
          t.resume,
        ),
      )
    : null;

  return h(
    'div',
    { class: 'screen screen-start' },
    h(
      'header',
      { class: 'hero', role: 'banner' },
      h('div', { class: 'hero-mark', 'aria-hidden': 'true' }, '\u25c8'),
      h(
        'div',
        { class: 'hero-text' },
        h('h1', { tabindex: '-1', id: 'screen-title' }, 'Mandate'),
        h('p', { class: 'hero-sub' }, t.tagline),
      ),
      h(
        'div',
        { class: 'hero-lang' },
        languagePicker(ctx, { id: 'language-select', testid: 'language-select' }),
      ),
    ),
    h(
      'main',
      { class: 'start-grid', id: 'main' },
      h(
        'section',
        { class: 'start-scenarios', 'aria-labelledby': 'choose-title' },
        h('h2', { id: 'choose-title' }, t.chooseScenario),
        // Fetching a scenario's whole text is quick on a classroom network, but not always.
        h(
          'p',
          { class: 'loading-line', role: 'status', 'data-testid': 'scenario-loading' },
          s.loading ? t.loading : null,
        ),
        cards,
      ),
      h(
        'aside',
        { class: 'start-side', 'aria-label': t.filesAndSaves },
        s.saveProblem
          ? saveProblemPanel(L, s.saveProblem, () => session.dismissSaveProblem())
          : null,
        resume,
        h(
          'section',
          { class: 'panel dropzone', 'aria-labelledby': 'open-title', 'data-testid': 'dropzone' },
          h('h2', { id: 'open-title' }, t.openScenario),
          h('p', null, t.openScenarioHelp),
          scenarioInput.input,
          h(
            'button',
            { type: 'button', class: 'btn', id: 'open-scenario', onclick: scenarioInput.open },
            t.openScenarioButton,
          ),
        ),
        scenarioProblemsPanel(ctx),
        h(
          'section',
          { class: 'panel how', 'aria-labelledby': 'how-title' },
          h('h2', { id: 'how-title' }, t.howTitle),
          h(
            'ol',
            null,
            (['briefing', 'plan', 'answer', 'report', 'debrief'] as const)
              .map((k) => t.howSteps[k])
              .map((step) => h('li', null, h('strong', null, `${step.name} `), step.text)),
          ),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'import-title' },
          h('h2', { id: 'import-title' }, t.openSaved),
          h('p', null, t.openSavedHelp),
          saveInput.input,
          h(
            'button',
            { type: 'button', class: 'btn', id: 'open-save', onclick: saveInput.open },
            L.ui.common.openSaveFile,
          ),
        ),
      ),
    ),
  );
}
