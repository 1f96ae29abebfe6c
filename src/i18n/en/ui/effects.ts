/** Interface strings: effects, the changes a log entry records, and roll outcomes (English, the
 * reference). */
import { names } from '../../names';

export const effects = {
  /** An effect and why it happened: "Security in Harbour 42 → 50 (patrol succeeded)". */
  withReason: (what: string, why: string) => (why ? `${what} (${why})` : what),
  indicator: (indicator: string, district: string, before: number, after: number) =>
    `${indicator} in ${district} ${before} \u2192 ${after}`,
  trust: (a: string, b: string, before: number, after: number) =>
    `Trust between ${a} and ${b} ${before} \u2192 ${after}`,
  counter: (counter: string, before: number, after: number) =>
    `${counter} ${before} \u2192 ${after}`,
  fact: (fact: string, roles: string) => `\u201c${fact}\u201d now known to ${roles}`,
  incident: (district: string, title: string) =>
    names(title, district) ? `New incident: ${title}` : `New incident in ${district}: ${title}`,
  asset: (asset: string, from: string, to: string) => `${asset} moved from ${from} to ${to}`,
  readiness: (asset: string, before: number, after: number) =>
    `Readiness of ${asset} ${before} \u2192 ${after}`,
  leaked: 'it leaked',
  notLeaked: 'it did not leak',
  cardDrawn: 'an event card was drawn',
  noEvent: 'no event this turn',
  success: 'success',
  failure: 'failure',
  clamped: (raw: string, kept: string) =>
    `The sum is ${raw}; it is kept at ${kept} because nothing is certain.`,
};
