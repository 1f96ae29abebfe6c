/**
 * A chance worked out: the base chance, each modifier with its sign and reason, and the chance.
 * The report's "Why?" shows a roll's with it, and the planning screens the chance before a commit,
 * so both read the same words in the same table.
 */
import type { Chance, Modifier } from '../../engine';
import type { Lang } from '../../i18n';
import { h, type View } from '../dom';

/** `tag`: what follows a modifier's reason (what would change it), when the table shows it. */
export function chanceTable(L: Lang, c: Chance, tag?: (m: Modifier) => View | null): View {
  const t = L.ui.components;
  return h(
    'table',
    { class: 'roll-table' },
    h('caption', { class: 'sr-only' }, t.rollCaption),
    h('tbody', null, [
      h(
        'tr',
        { class: 'roll-base' },
        h('td', { class: 'num' }, L.f.percent(c.base)),
        h('td', null, t.baseChance),
      ),
      ...c.modifiers.map((m) =>
        h(
          'tr',
          { class: m.value > 0 ? 'mod-up' : m.value < 0 ? 'mod-down' : 'mod-zero' },
          h('td', { class: 'num' }, L.f.signed(m.value)),
          h('td', null, L.msg(m.reason), tag ? tag(m) : null),
        ),
      ),
      h(
        'tr',
        { class: 'roll-chance' },
        h('td', { class: 'num' }, L.f.percent(c.chance)),
        h('td', null, t.chance),
      ),
    ]),
  );
}
