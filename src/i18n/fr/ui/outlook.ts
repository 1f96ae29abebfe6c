import type { Translation } from '../../catalogue';
import type { outlook as en } from '../../en/ui/outlook';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';
const q = (s: string) => `\u00ab${nb}${s}${nb}\u00bb`;

export const outlook: Translation<typeof en> = {
  chanceNow: `Probabilité de réussite à présent${nb}:`,
  ifAccepted: (roles, n) => (n === 1 ? `si ${roles} accepte` : `si ${roles} acceptent`),
  ifYouAccept: (others, n) => (n === 0 ? 'si vous acceptez' : `si vous et ${others} acceptez`),
  lever: { unit: 'unité', fact: 'renseignement', partner: 'partenaires' },
  leverTitle: {
    unit: 'Change avec une unité sur place',
    fact: 'Change avec le renseignement',
    partner: 'Change avec les partenaires',
  },
  changesTitle: 'Ce qui la changerait',
  moveOwn: (unit, from) => `Déplacer ${unit} ici depuis ${from}`,
  movePartner: (role, unit, from) => `Si ${role} déplace ${unit} ici depuis ${from}`,
  join: (role) => `Avec ${role} comme partenaire en plus`,
  without: (role) => `Si ${role} refuse`,
  withoutYou: 'Si vous refusez',
  posture: (posture) => `${posture} à la place`,
  share: (from, fact, to) => `Si ${from} partage ${q(fact)} avec ${to}`,
  changed: (what, chance, delta) => `${what}${nb}: ${chance} (${delta})`,
  lapses: (what) => `${what}${nb}: elle n’a pas lieu`,
  note: `En l’état actuel, avec vos propres déplacements et partages de ce tour. Ce qui est résolu avant peut encore la changer${nb}: d’abord les actions conjointes, puis les ordres dans l’ordre où ils ont été donnés.`,
  noteAll: `En l’état actuel, avec tous les déplacements et partages ordonnés ce tour. Ce qui est résolu avant peut encore la changer${nb}: d’abord les actions conjointes, puis les ordres dans l’ordre où ils ont été donnés.`,
  partnersFacts:
    'Le renseignement que détient un partenaire compte au jet, mais pas ici tant qu’il ne vous a pas été transmis.',
  incidentsTitle: (n) =>
    `${f.plural(n, { one: '# incident en cours', other: '# incidents en cours' })} et ce qui y répond`,
  incidentWhere: (district, turnsLeft) =>
    `${district}, ${f.plural(turnsLeft, { one: 'encore # tour', other: 'encore # tours' })}`,
  yourAnswers: `Vos ordres qui y répondent${nb}:`,
  pickLabel: (action, district) => `Choisir ${action} à ${district}`,
  asPartner: (actions) => `Comme partenaire${nb}: ${actions}.`,
  noAnswer: 'Aucun de vos ordres n’y répond pour l’instant.',
  answersOption: (label) => `${label} \u00b7 \u26a0 répond à un incident`,
  answersHere: (name) => `${name} \u00b7 \u26a0 incident`,
  answers: (incidents) => `\u26a0 Une réussite résout ${incidents} dès ce tour.`,
  incident: (title) => q(title),
};
