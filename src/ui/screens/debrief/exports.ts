/**
 * The debrief's exports: the Markdown report, the JSON save with the full log, the CSV of
 * indicators, and printing. The Markdown and CSV are built in the language chosen beside them
 * ("Export in"), which defaults to the window's and never changes it.
 */
import type { Rules } from '../../../engine';
import { debriefMarkdown } from '../../../debrief/markdown';
import { indicatorsCsv } from '../../../debrief/csv';
import { isLocale, LOCALE_NAMES, LOCALES, makeLang, type Lang, type Locale } from '../../../i18n';
import { afterLoading, seatName, type Game } from '../../../store';
import type { ScreenContext } from '../../context';
import { downloadText, h, type View } from '../../dom';
import { formValue } from '../../forms';
import { debriefOf } from '../../model/debrief';
import { roleName } from '../../text';

function safeName(rules: Rules): string {
  return rules.scenario.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
}

/** The language the exports are built in: the one chosen beside them, else the window's. */
function exportLocale(ctx: ScreenContext): Locale {
  const chosen = formValue(ctx, 'export-language', ctx.L.locale);
  return isLocale(chosen) ? chosen : ctx.L.locale;
}

export function exportsBar(ctx: ScreenContext, g: Game): View {
  const { session, s, L } = ctx;
  const t = L.ui.debrief;
  const name = safeName(g.rules);
  const chosen = exportLocale(ctx);
  /**
   * Builds an export in the chosen language, when a button is pressed (not on every render): once
   * that language's catalogue is loaded, which the window says it is waiting for, and not at all
   * when it cannot be loaded (the window says why).
   */
  const inChosen = (build: (EL: Lang, d: ReturnType<typeof debriefOf>, locale: Locale) => void) => {
    const locale = exportLocale(ctx);
    const run = () => {
      const EL = locale === L.locale ? L : makeLang(locale, g.rules.scenario);
      build(EL, debriefOf(g.rules, g.state, EL), locale);
    };
    void afterLoading(session.loadLanguage(locale), run, undefined);
  };
  return h(
    'div',
    { class: 'debrief-exports no-print', role: 'group', 'aria-label': t.exportsLabel },
    h(
      'label',
      { class: 'field field-inline', title: t.exportInHint },
      h('span', null, t.exportIn),
      h(
        'select',
        {
          id: 'export-language',
          'data-testid': 'export-language',
          value: chosen,
          onchange: (ev: Event) => {
            // Kept like typed text (the window's language is untouched), so the choice outlives a
            // visit to the replay.
            const value = (ev.target as HTMLSelectElement).value;
            ctx.local.forms['export-language'] = value;
            // Fetched now, so that it is there when a button is pressed.
            if (isLocale(value)) void session.loadLanguage(value);
          },
        },
        LOCALES.map((l) => h('option', { value: l, lang: l }, LOCALE_NAMES[l])),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-markdown',
        'data-testid': 'export-markdown',
        onclick: () =>
          inChosen((EL, d, locale) =>
            downloadText(
              `mandate-${name}-debrief-${locale}.md`,
              debriefMarkdown(d, (id) => seatLabel(EL, g, id), EL, { date: new Date() }),
              'text/markdown',
            ),
          ),
      },
      t.exportMarkdown,
    ),
    // On a host the save is the host's to write (it alone holds the seed), for the facilitator.
    s.net && s.net.seat?.kind !== 'facilitator'
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'export-json',
            'data-testid': 'export-json',
            onclick: () =>
              s.net
                ? void session.exportFromHost().then((f) => downloadText(f.filename, f.text))
                : inChosen((EL) => {
                    const out = session.exportSave({ log: EL });
                    if (out) downloadText(out.filename, out.text);
                  }),
          },
          t.exportJson,
        ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-csv',
        'data-testid': 'export-csv',
        onclick: () =>
          inChosen((EL, d, locale) =>
            downloadText(
              `mandate-${name}-indicators-${locale}.csv`,
              indicatorsCsv(d, EL),
              'text/csv',
            ),
          ),
      },
      t.exportCsv,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'print-debrief',
        'data-testid': 'print-debrief',
        onclick: () => window.print(),
      },
      t.print,
    ),
    // Read by the print style sheet alone (`:has(#print-whole-log:checked)`): the log is left out
    // of the printed report unless it is asked for, as an appendix.
    h(
      'label',
      { class: 'check print-whole-log' },
      h('input', { type: 'checkbox', id: 'print-whole-log', 'data-testid': 'print-whole-log' }),
      h('span', null, t.printWholeLog),
    ),
  );
}

function seatLabel(L: Lang, g: Game, role: string): string {
  const seat = g.seats[role];
  const name = roleName(L, g.rules, role);
  return seat?.kind === 'team'
    ? L.ui.debrief.seat(name, seatName(L, g, role))
    : seatName(L, g, role);
}
