import type { Translation } from '../../catalogue';
import type { effects as en } from '../../en/ui/effects';
import { names } from '../../names';

export const effects: Translation<typeof en> = {
  withReason: (what, why) => (why ? `${what} (${why})` : what),
  indicator: (indicator, district, before, after) =>
    `${indicator} en ${district} ${before} \u2192 ${after}`,
  trust: (a, b, before, after) => `Confianza entre ${a} y ${b} ${before} \u2192 ${after}`,
  counter: (counter, before, after) => `${counter} ${before} \u2192 ${after}`,
  fact: (fact, roles) => `\u00ab${fact}\u00bb ahora lo conoce: ${roles}`,
  incident: (district, title) =>
    names(title, district)
      ? `Nuevo incidente: ${title}`
      : `Nuevo incidente en ${district}: ${title}`,
  asset: (asset, from, to) => `${asset}: de ${from} a ${to}`,
  readiness: (asset, before, after) => `Preparación de ${asset} ${before} \u2192 ${after}`,
  leaked: 'se filtró',
  notLeaked: 'no se filtró',
  cardDrawn: 'se sacó una carta de evento',
  noEvent: 'ningún evento este turno',
  success: 'éxito',
  failure: 'fracaso',
  clamped: (raw, kept) => `La suma es ${raw}; se queda en ${kept} porque nada es seguro.`,
};
