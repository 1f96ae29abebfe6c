/**
 * The chance of an order or a proposal before the commit (`model/chance.ts`): the chance in bold,
 * and under "Why?" the table the report's "Why?" shows for a roll, each modifier tagged with what
 * would change it, then what a unit, a partner, a posture or a fact would make of it.
 */
import type { IncidentState, Rules } from '../../engine';
import type { Lang } from '../../i18n';
import { h, type View } from '../dom';
import { leverOf, type Alternative, type Outlook, type Viewer } from '../model/chance';
import { assetName, districtName, roleName } from '../text';
import { clampNote } from '../text';
import { chanceTable } from './chanceTable';

function alternativeText(L: Lang, rules: Rules, a: Alternative, viewer: Viewer): string {
  const t = L.ui.outlook;
  switch (a.kind) {
    case 'move':
      return a.role === viewer
        ? t.moveOwn(assetName(L, rules, a.asset), districtName(L, rules, a.from))
        : t.movePartner(
            roleName(L, rules, a.role),
            assetName(L, rules, a.asset),
            districtName(L, rules, a.from),
          );
    case 'join':
      return t.join(roleName(L, rules, a.role));
    case 'without':
      return a.role === viewer ? t.withoutYou : t.without(roleName(L, rules, a.role));
    case 'posture':
      return t.posture(L.vocab.postures[a.posture].name);
    case 'share': {
      const fact = rules.factById.get(a.fact);
      return t.share(
        roleName(L, rules, a.from),
        fact ? L.text(fact.title) : a.fact,
        roleName(L, rules, a.to),
      );
    }
  }
}

function alternativeItem(L: Lang, rules: Rules, o: Outlook, a: Alternative, viewer: Viewer): View {
  const t = L.ui.outlook;
  const what = alternativeText(L, rules, a, viewer);
  if (a.chance === null) return h('li', { class: 'alt alt-down' }, `\u25bc ${t.lapses(what)}`);
  const delta = a.chance - o.chance.chance;
  return h(
    'li',
    { class: `alt ${delta > 0 ? 'alt-up' : 'alt-down'}` },
    `${delta > 0 ? '\u25b2' : '\u25bc'} `,
    t.changed(what, L.f.percent(a.chance), L.f.signed(delta)),
  );
}

/** "if UN Police accepts", or to a partner still to answer "if you accept". */
function ifAccepted(L: Lang, rules: Rules, o: Outlook, viewer: Viewer): string {
  const t = L.ui.outlook;
  const others = o.assumed.filter((r) => r !== viewer);
  const names = L.f.list(others.map((r) => roleName(L, rules, r)));
  return o.assumed.includes(viewer)
    ? t.ifYouAccept(names, others.length)
    : t.ifAccepted(names, others.length);
}

export interface OutlookOptions {
  viewer: Viewer;
  /** Open "Why?" at first (the order builder); a listed proposal's starts closed. */
  open: boolean;
  /** Names the block for tests and for `aria-describedby`. */
  id: string;
}

export function outlookView(L: Lang, rules: Rules, o: Outlook, opts: OutlookOptions): View {
  const t = L.ui.outlook;
  const note = clampNote(L, o.chance);
  const tag = (m: Parameters<typeof leverOf>[0]) => {
    const lever = leverOf(m);
    return lever
      ? h('span', { class: `lever lever-${lever}`, title: t.leverTitle[lever] }, t.lever[lever])
      : null;
  };
  return h(
    'section',
    { class: 'outlook', id: opts.id, 'data-testid': 'outlook', 'aria-label': t.chanceNow },
    h(
      'p',
      { class: 'outlook-head' },
      `${t.chanceNow} `,
      h(
        'strong',
        { class: 'outlook-chance', 'data-testid': 'outlook-chance' },
        L.f.percent(o.chance.chance),
      ),
      o.assumed.length
        ? h('span', { class: 'muted' }, ` ${ifAccepted(L, rules, o, opts.viewer)}`)
        : null,
    ),
    h(
      'details',
      { class: 'why', open: opts.open },
      h('summary', null, L.ui.components.why),
      h(
        'div',
        { class: 'roll' },
        chanceTable(L, o.chance, tag),
        note ? h('p', { class: 'roll-note' }, note) : null,
      ),
      o.alternatives.length
        ? h(
            'div',
            { class: 'alternatives', 'data-testid': 'outlook-changes' },
            h('h4', null, t.changesTitle),
            h(
              'ul',
              null,
              o.alternatives.map((a) => alternativeItem(L, rules, o, a, opts.viewer)),
            ),
          )
        : null,
      h('p', { class: 'outlook-note' }, opts.viewer === 'facilitator' ? t.noteAll : t.note),
      o.joint && opts.viewer !== 'facilitator'
        ? h('p', { class: 'outlook-note' }, t.partnersFacts)
        : null,
    ),
  );
}

/** "⚠ A success resolves “Illegal roadblock at the Kesh mines” this turn.", under an order or a
 * proposal that answers open incidents. */
export function answersNote(L: Lang, incidents: IncidentState[], testid?: string): View | null {
  if (incidents.length === 0) return null;
  const t = L.ui.outlook;
  return h(
    'p',
    { class: 'answers-note', 'data-testid': testid ?? null },
    t.answers(L.f.list(incidents.map((i) => t.incident(L.text(i.def.title))))),
  );
}
