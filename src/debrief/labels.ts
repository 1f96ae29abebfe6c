import type { Rating } from '../engine/types';

/** The wording of exercise evaluation practice (HSEEP's P/S/M/U). */
export const RATING_LABELS: Record<Rating, string> = {
  performed: 'Performed without challenges',
  someChallenges: 'Performed with some challenges',
  majorChallenges: 'Performed with major challenges',
  notPerformed: 'Unable to be performed',
};
