import type { Translation } from '../../catalogue';
import type { effects as en } from '../../en/ui/effects';
import { names } from '../../names';
import { de } from '../words';

export const effects: Translation<typeof en> = {
  withReason: (what, why) => (why ? `${what} (${why})` : what),
  indicator: (indicator, district, before, after) =>
    `${indicator} (${district})\u00a0: ${before} \u2192 ${after}`,
  trust: (a, b, before, after) => `Confiance entre ${a} et ${b} ${before} \u2192 ${after}`,
  counter: (counter, before, after) => `${counter} ${before} \u2192 ${after}`,
  fact: (fact, roles) => `\u00ab\u00a0${fact}\u00a0\u00bb désormais connu de\u00a0: ${roles}`,
  incident: (district, title) =>
    names(title, district)
      ? `Nouvel incident\u00a0: ${title}`
      : `Nouvel incident (${district})\u00a0: ${title}`,
  asset: (asset, from, to) => `${asset}\u00a0: ${de(from)} vers ${to}`,
  readiness: (asset, before, after) => `Disponibilité ${de(asset)} ${before} \u2192 ${after}`,
  leaked: 'il y a eu une fuite',
  notLeaked: 'pas de fuite',
  cardDrawn: 'une carte événement a été tirée',
  noEvent: 'aucun événement ce tour-ci',
  success: 'réussite',
  failure: 'échec',
  clamped: (raw, kept) =>
    `La somme est de ${raw}\u00a0; elle est ramenée à ${kept} car rien n’est certain.`,
};
