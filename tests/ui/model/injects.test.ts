import { describe, expect, it } from 'vitest';
import { newGame, applyCommand, playGame } from '../../../src/engine';
import { makeLang, LOCALES } from '../../../src/i18n';
import {
  countByStatus,
  injectRows,
  injectStatus,
  recipientsWords,
  schedulableTurns,
  triggerWords,
} from '../../../src/ui/model/injects';
import { en, rules } from './helpers';

const inject = (id: string) => rules.scenario.injects.find((i) => i.id === id)!;

describe('the master events list', () => {
  it('words a scripted trigger and a condition, with the turn it waits for', () => {
    expect(triggerWords(en, rules, inject('inj_radio_rumour'))).toBe(en.ui.facilitator.scripted(2));
    const cond = triggerWords(en, rules, inject('inj_cache_moving'));
    expect(cond).toMatch(/58/);
    expect(cond).toMatch(/5/);
    expect(cond).toMatch(/Varn Border/);
  });

  it('names the recipients, or everyone', () => {
    expect(recipientsWords(en, rules, inject('inj_radio_rumour'))).toBe(en.ui.facilitator.everyone);
    expect(recipientsWords(en, rules, inject('inj_protest_notice'))).toMatch(/ and /);
  });

  it('follows an inject from to come, to scheduled, skipped and fired', () => {
    let s = newGame(rules, 'injects');
    const id = 'inj_corruption_scandal';
    expect(injectStatus(en, s, inject(id)).kind).toBe('pending');
    s = applyCommand(rules, s, { type: 'scheduleInject', inject: id, turn: 4 });
    expect(injectStatus(en, s, inject(id))).toEqual({
      kind: 'scheduled',
      text: en.ui.facilitator.scheduledFor(4),
    });
    s = applyCommand(rules, s, { type: 'skipInject', inject: id });
    expect(injectStatus(en, s, inject(id)).kind).toBe('skipped');
    s = applyCommand(rules, s, { type: 'releaseInject', inject: id });
    expect(injectStatus(en, s, inject(id))).toEqual({
      kind: 'fired',
      text: en.ui.facilitator.firedReleased(1),
    });
  });

  it('lists what is to come first and what fired last, in the scenario order within each', () => {
    let s = newGame(rules, 'rows');
    s = applyCommand(rules, s, { type: 'skipInject', inject: 'inj_radio_rumour' });
    const rows = injectRows(en, rules, s);
    expect(rows).toHaveLength(rules.scenario.injects.length);
    const kinds = rows.map((r) => r.status.kind);
    const rank = { pending: 0, unfired: 0, scheduled: 1, skipped: 2, fired: 3 };
    expect(kinds.map((k) => rank[k])).toEqual([...kinds.map((k) => rank[k])].sort());
    expect(kinds.at(-1)).toBe('fired');
    const pending = rows.filter((r) => r.status.kind === 'pending').map((r) => r.inj.id);
    const order = rules.scenario.injects.map((i) => i.id).filter((i) => pending.includes(i));
    expect(pending).toEqual(order);
    const counts = countByStatus(rows);
    expect(counts.skipped).toBe(1);
    expect(counts.pending + counts.scheduled + counts.skipped + counts.fired).toBe(rows.length);
  });

  it('once the exercise has ended, says of nothing that it is to come, in every language', () => {
    // Ended by the facilitator early, with one inject scheduled and one skipped; and played out.
    let early = newGame(rules, 'ended');
    early = applyCommand(rules, early, {
      type: 'scheduleInject',
      inject: 'inj_corruption_scandal',
      turn: 4,
    });
    early = applyCommand(rules, early, { type: 'skipInject', inject: 'inj_radio_rumour' });
    early = applyCommand(rules, early, { type: 'endExercise', reason: 'out of time' });
    const late = playGame(rules, 'ended-late', 'cooperative').state;
    for (const s of [early, late])
      for (const locale of LOCALES) {
        const L = makeLang(locale, rules.scenario);
        const t = L.ui.facilitator;
        const rows = injectRows(L, rules, s);
        const counts = countByStatus(rows);
        expect(counts.pending + counts.scheduled).toBe(0);
        for (const r of rows) {
          expect(['fired', 'skipped', 'unfired']).toContain(r.status.kind);
          if (r.status.kind === 'unfired') expect(r.status.text).toBe(t.notFired);
          expect(r.status.text).not.toBe(t.toCome);
        }
        // The tab counts nothing still to come.
        expect(t.tabInjectsEnded).not.toMatch(/\d/);
        expect(t.melNotFired(counts.unfired)).not.toBe(t.melToCome(counts.unfired));
      }
    expect(injectStatus(en, early, inject('inj_corruption_scandal')).kind).toBe('unfired');
    expect(injectStatus(en, early, inject('inj_radio_rumour')).kind).toBe('skipped');
  });

  it('schedules only for the turns still to come', () => {
    const s = newGame(rules, 'turns');
    expect(schedulableTurns(rules, s)).toEqual(
      Array.from({ length: rules.scenario.turns - 1 }, (_, i) => i + 2),
    );
    expect(schedulableTurns(rules, { ...s, turn: rules.scenario.turns })).toEqual([]);
  });
});
