/**
 * Role badges and log entries with their "Why?": the pieces every screen that shows the log uses.
 */
import { Component } from 'preact';
import { roleColour } from '../../scenes/palette';
import type { LogEntry, Rules } from '../../engine';
import type { Lang } from '../../i18n';
import { h, type Child, type View } from '../dom';
import { chanceTable } from './chanceTable';
import {
  clampNote,
  districtName,
  effectText,
  effectTone,
  phaseTitle,
  roleName,
  roleShort,
  rollIsGood,
  rollOutcome,
} from '../text';

export function roleColourOf(rules: Rules, role: string): string {
  const i = rules.roleIndex.get(role) ?? 0;
  const card = rules.roleIndex.has(role) ? rules.role(role) : null;
  return roleColour(card?.kind ?? 'other', i);
}

/** A role's short label on its colour: colour is never the only cue, the text says it. */
export function roleBadge(
  L: Lang,
  rules: Rules,
  role: string,
  opts: { large?: boolean } = {},
): View {
  return h(
    'span',
    {
      class: `badge${opts.large ? ' badge-large' : ''}`,
      style: { background: roleColourOf(rules, role) },
      title: roleName(L, rules, role),
    },
    roleShort(L, rules, role),
  );
}

const effectMark = { good: '\u25b2', bad: '\u25bc', neutral: '\u25cf' } as const;

function effectItem(L: Lang, rules: Rules, e: LogEntry['effects'][number]): View {
  const tone = effectTone(rules, e);
  const delta = 'before' in e ? e.after - e.before : null;
  return h(
    'li',
    { class: `effect effect-${tone}` },
    h(
      'span',
      { class: 'effect-mark', 'aria-label': L.ui.components.effectTone[tone] },
      delta === null ? '\u2022' : `${effectMark[tone]} ${L.f.signed(delta)}`,
    ),
    h('span', null, effectText(L, rules, e)),
  );
}

/** The roll of an entry: base chance, each modifier with its sign and reason, the chance and the
 * roll. */
export function rollView(L: Lang, entry: LogEntry): View | null {
  const r = entry.roll;
  if (!r) return null;
  const t = L.ui.components;
  const note = clampNote(L, r);
  const good = rollIsGood(entry, r);
  return h(
    'div',
    { class: 'roll' },
    chanceTable(L, r),
    note ? h('p', { class: 'roll-note' }, note) : null,
    h(
      'p',
      { class: `roll-result ${good ? 'good' : 'bad'}` },
      h('span', { class: 'roll-die', 'aria-hidden': 'true' }, '\u2684'),
      ` ${t.rolled(r.roll, r.chance, rollOutcome(L, entry, r))}`,
    ),
  );
}

export interface EntryOptions {
  /** Open the "Why?" disclosure (when the entry becomes the one being read). */
  open?: boolean;
  current?: boolean;
  onSelect?: () => void;
  showTurn?: boolean;
}

export function entryView(L: Lang, rules: Rules, entry: LogEntry, opts: EntryOptions = {}): View {
  const t = L.ui.components;
  const r = entry.roll;
  const title = L.msg(entry.title);
  const outcome = r
    ? h(
        'span',
        { class: `outcome ${rollIsGood(entry, r) ? 'good' : 'bad'}` },
        rollIsGood(entry, r) ? '\u2714 ' : '\u2716 ',
        rollOutcome(L, entry, r),
      )
    : null;
  const meta: Child[] = [];
  if (opts.showTurn !== false) meta.push(h('span', null, L.ui.common.turn(entry.turn)));
  meta.push(h('span', null, phaseTitle(L, entry.phase)));
  if (entry.district) meta.push(h('span', null, districtName(L, rules, entry.district)));
  if (entry.visibleTo !== 'all')
    meta.push(
      h(
        'span',
        { class: 'private' },
        t.privateSeenBy(L.f.list(entry.visibleTo.map((x) => roleShort(L, rules, x)))),
      ),
    );
  const hasWhy = !!r || entry.effects.length > 0;
  return h(
    'article',
    {
      key: entry.id,
      class: `entry kind-${entry.kind}${opts.current ? ' current' : ''}`,
      'data-testid': 'log-entry',
      'data-entry': entry.id,
      'aria-current': opts.current ? 'step' : null,
    },
    h(
      'div',
      { class: 'entry-head' },
      h(
        'span',
        { class: 'entry-badges' },
        entry.roles.map((role) => roleBadge(L, rules, role)),
      ),
      opts.onSelect
        ? h(
            'button',
            {
              type: 'button',
              class: 'entry-title linklike',
              onclick: opts.onSelect,
              id: `entry-${entry.id}`,
            },
            title,
          )
        : h('p', { class: 'entry-title' }, title),
      outcome,
    ),
    h('p', { class: 'entry-meta' }, meta),
    entry.detail ? h('p', { class: 'entry-detail' }, L.msg(entry.detail)) : null,
    hasWhy
      ? h(
          Why,
          { open: !!opts.open },
          h('summary', null, t.why),
          rollView(L, entry),
          entry.effects.length
            ? h(
                'ul',
                { class: 'effects', 'aria-label': t.effects },
                entry.effects.map((e) => effectItem(L, rules, e)),
              )
            : h('p', { class: 'muted' }, t.noValuesChanged),
        )
      : null,
  );
}

/**
 * The "Why?" disclosure. It opens when its entry becomes the one being read and is otherwise the
 * reader's: a render never closes one they opened, nor the ones already stepped through.
 */
class Why extends Component<{ open: boolean; children?: Child }> {
  private show(): void {
    if (this.props.open && this.base instanceof HTMLDetailsElement) this.base.open = true;
  }
  override componentDidMount(): void {
    this.show();
  }
  override componentDidUpdate(prev: { open: boolean }): void {
    if (!prev.open) this.show();
  }
  override render(): View {
    return h('details', { class: 'why' }, this.props.children);
  }
}
