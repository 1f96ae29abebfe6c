/** The start screen: bundled scenarios, opening a scenario file, resuming or importing a save. */
import { h } from '../dom';
import { saveProblemPanel, scenarioProblemsPanel } from '../components';
import { floatingNotice } from './frame';
import type { ScreenContext } from '../context';

export function startScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const scenarioInput = h('input', {
    type: 'file',
    accept: '.json,.tmj,application/json',
    multiple: true,
    id: 'scenario-file',
    'data-testid': 'scenario-file',
    class: 'sr-only',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'scenario'),
  });
  const saveInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'save-file',
    'data-testid': 'import-save-input',
    class: 'sr-only',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'save'),
  });

  const cards = s.bundled.map((b, i) =>
    h(
      'article',
      { class: 'scenario-card', 'aria-labelledby': `sc-${i}` },
      h('h3', { id: `sc-${i}` }, b.title),
      h(
        'p',
        { class: 'scenario-meta' },
        b.turns ? h('span', null, `${b.turns} turns`) : null,
        b.roles.length ? h('span', null, `${b.roles.length} roles`) : null,
        h('span', null, b.file),
      ),
      b.summary ? h('p', { class: 'lede' }, b.summary) : null,
      b.learningObjectives.length
        ? h(
            'details',
            { class: 'objectives', open: i === 0, 'data-key': `objectives-${b.file}` },
            h('summary', null, `Learning objectives (${b.learningObjectives.length})`),
            h('ul', null, b.learningObjectives.map((o) => h('li', null, o))),
          )
        : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'btn btn-primary', id: `choose-${b.file}`, 'data-testid': `choose-${b.id}`, onclick: () => session.chooseBundled(b.file) },
          'Set up this exercise \u2192',
        ),
      ),
    ),
  );

  const resume = s.autosave
    ? h(
        'section',
        { class: 'panel resume', 'aria-labelledby': 'resume-title' },
        h('h2', { id: 'resume-title' }, 'Saved game in this browser'),
        h('p', null, s.autosave.turn ? `${s.autosave.title}, turn ${s.autosave.turn}.` : 'A saved game was found.'),
        h('button', { type: 'button', class: 'btn btn-primary', id: 'resume', 'data-testid': 'resume', onclick: () => session.resumeAutosave() }, 'Resume saved game'),
      )
    : null;

  return h(
    'div',
    { class: 'screen screen-start' },
    floatingNotice(ctx),
    h(
      'header',
      { class: 'hero', role: 'banner' },
      h('div', { class: 'hero-mark', 'aria-hidden': 'true' }, '\u25c8'),
      h('div', null, h('h1', { tabindex: '-1', id: 'screen-title' }, 'Mandate'), h('p', { class: 'hero-sub' }, 'A tabletop exercise simulator for peace operations: military, police and civilian teams around one screen.')),
    ),
    h(
      'main',
      { class: 'start-grid', id: 'main' },
      h('section', { class: 'start-scenarios', 'aria-labelledby': 'choose-title' }, h('h2', { id: 'choose-title' }, 'Choose a scenario'), cards),
      h(
        'aside',
        { class: 'start-side', 'aria-label': 'Files and saved games' },
        s.saveProblem ? saveProblemPanel(s.saveProblem, () => session.dismissSaveProblem()) : null,
        resume,
        h(
          'section',
          { class: 'panel dropzone', 'aria-labelledby': 'open-title', 'data-testid': 'dropzone' },
          h('h2', { id: 'open-title' }, 'Open a scenario file'),
          h('p', null, 'A scenario is one JSON file. Choose it, or drop it anywhere on this page. If it takes its districts from a Tiled map, select or drop both files together.'),
          scenarioInput,
          h('button', { type: 'button', class: 'btn', id: 'open-scenario', onclick: () => scenarioInput.click() }, 'Open a scenario file\u2026'),
        ),
        scenarioProblemsPanel(ctx),
        h(
          'section',
          { class: 'panel how', 'aria-labelledby': 'how-title' },
          h('h2', { id: 'how-title' }, 'How a turn runs'),
          h(
            'ol',
            null,
            h('li', null, h('strong', null, 'Briefing. '), 'New injects, events and incidents, read out to the room.'),
            h('li', null, h('strong', null, 'Plan and propose. '), 'Each team in turn, behind a hand-over screen: orders, joint proposals, shared intelligence.'),
            h('li', null, h('strong', null, 'Answer and commit. '), 'Each team accepts or declines what it was offered, adjusts, and commits.'),
            h('li', null, h('strong', null, 'Report. '), 'Every roll with its chance, modifiers and reasons, step by step on the map.'),
            h('li', null, h('strong', null, 'Debrief. '), 'At the end: the score, the objectives and the whole log.'),
          ),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'import-title' },
          h('h2', { id: 'import-title' }, 'Open a saved game'),
          h('p', null, 'A save file exported from Mandate, on this machine or another.'),
          saveInput,
          h('button', { type: 'button', class: 'btn', id: 'open-save', onclick: () => saveInput.click() }, 'Open a save file\u2026'),
        ),
      ),
    ),
  );
}
