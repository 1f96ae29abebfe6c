import { describe, expect, it } from 'vitest';
import { clock, timerText } from '../../../src/ui/model/timer';
import { en } from './helpers';

describe('the planning timer in words', () => {
  it('rounds up to the second and pads minutes and seconds', () => {
    expect(clock(185_000)).toBe('03:05');
    expect(clock(184_001)).toBe('03:05');
    expect(clock(59_000)).toBe('00:59');
    expect(clock(3_600_000)).toBe('60:00');
  });

  it('says the time is up at zero, with or without the word for the planning time', () => {
    expect(timerText(en, 0)).toBe(en.ui.frame.timeUp);
    expect(timerText(en, -5)).toBe(en.ui.frame.timeUp);
    expect(timerText(en, 0, true)).toBe(en.ui.frame.timeUp);
    expect(timerText(en, 299_500)).toBe(en.ui.frame.planningClock('05:00'));
    expect(timerText(en, 299_500, true)).toBe('05:00');
  });
});
