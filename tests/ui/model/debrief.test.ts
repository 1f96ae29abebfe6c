import { describe, expect, it } from 'vitest';
import { makeLang } from '../../../src/i18n';
import type { ObjectiveReport } from '../../../src/debrief/model';
import { debriefOf, evidenceTone, timelineMark } from '../../../src/ui/model/debrief';
import { en, gameAfter, recorded, rules } from './helpers';

const g = gameAfter('debrief', recorded('debrief', 3));

describe('the debrief model on screen', () => {
  it('is built once per state and language', () => {
    const d = debriefOf(rules, g.state, en);
    expect(debriefOf(rules, g.state, en)).toBe(d);
    const es = makeLang('es', rules.scenario);
    expect(debriefOf(rules, g.state, es)).not.toBe(d);
    expect(debriefOf(rules, gameAfter('debrief', g.commands).state, en)).not.toBe(d);
  });

  it('tells a change that helps an objective from one that hurts it', () => {
    const atLeast = { comparison: 'atLeast' } as ObjectiveReport;
    const atMost = { comparison: 'atMost' } as ObjectiveReport;
    expect(evidenceTone(atLeast, 5)).toBe('good');
    expect(evidenceTone(atLeast, -5)).toBe('bad');
    expect(evidenceTone(atMost, -5)).toBe('good');
    expect(evidenceTone(atMost, 5)).toBe('bad');
  });

  it('marks a timeline item by its outcome, else by its kind', () => {
    const d = debriefOf(rules, g.state, en);
    const items = d.timeline.flatMap((t) => t.items);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      const m = timelineMark(i);
      if (i.success === true) expect(m).toBe('\u2714');
      else if (i.success === false) expect(m).toBe('\u2716');
      else expect(['\u270e', '\u2709', '\u26a0', '\u2022']).toContain(m);
    }
  });
});
