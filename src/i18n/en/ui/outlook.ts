/** Interface strings: outlook, what a team can see while it plans — the chance of an order before
 * it commits and what would change it, and what answers an open incident (English, the
 * reference). */
import { formatter } from '../../format';

const f = formatter('en');

export const outlook = {
  /** Before the chance itself, in bold: "Chance of success now: 55%". */
  chanceNow: 'Chance of success now:',
  /** After the chance of a proposal some partners have not answered: "if UN Police accepts". */
  ifAccepted: (roles: string, n: number) =>
    n === 1 ? `if ${roles} accepts` : `if ${roles} accept`,
  /** The same, to a partner who has not answered: "if you accept", "if you and UN Police accept". */
  ifYouAccept: (others: string, n: number) =>
    n === 0 ? 'if you accept' : `if you and ${others} accept`,
  /** A modifier's tag: what would change it. */
  lever: { unit: 'unit', fact: 'intelligence', partner: 'partner' },
  leverTitle: {
    unit: 'Changes with a unit on site',
    fact: 'Changes with intelligence',
    partner: 'Changes with the partners',
  },
  changesTitle: 'What would change it',
  moveOwn: (unit: string, from: string) => `Move ${unit} here from ${from}`,
  movePartner: (role: string, unit: string, from: string) =>
    `If ${role} moves ${unit} here from ${from}`,
  join: (role: string) => `With ${role} as a partner too`,
  without: (role: string) => `If ${role} declines`,
  withoutYou: 'If you decline',
  posture: (posture: string) => `${posture} instead`,
  share: (from: string, fact: string, to: string) =>
    `If ${from} shares \u201c${fact}\u201d with ${to}`,
  /** "Move 2nd Battalion here from Dunmere: 58% (+30)". */
  changed: (what: string, chance: string, delta: string) => `${what}: ${chance} (${delta})`,
  lapses: (what: string) => `${what}: it does not take place`,
  note: 'As things stand now, with your own moves and shares this turn. What resolves before it can still change it: joint actions first, then orders in the order given.',
  noteAll:
    'As things stand now, with every move and share ordered this turn. What resolves before it can still change it: joint actions first, then orders in the order given.',
  partnersFacts:
    'Intelligence a partner holds counts at the roll, but not here until it is shared with you.',

  /** The builder's list of open incidents. */
  incidentsTitle: (n: number) =>
    `${f.plural(n, { one: '# open incident', other: '# open incidents' })} and what answers ${n === 1 ? 'it' : 'them'}`,
  incidentWhere: (district: string, turnsLeft: number) =>
    `${district}, ${f.plural(turnsLeft, { one: '# turn', other: '# turns' })} left`,
  yourAnswers: 'Your orders that answer it:',
  /** A button that puts the action and district in the builder. */
  pickLabel: (action: string, district: string) => `Choose ${action} in ${district}`,
  asPartner: (actions: string) => `As a partner: ${actions}.`,
  noAnswer: 'None of your orders answers it now.',
  /** After an action in the picker: it answers an open incident somewhere. */
  answersOption: (label: string) => `${label} \u00b7 \u26a0 answers an incident`,
  /** After a district in the picker where this action would answer an open incident (the select
   * is narrow: the incident is named under it once chosen). */
  answersHere: (name: string) => `${name} \u00b7 \u26a0 incident`,
  /** Under the order: what a success of it resolves. */
  answers: (incidents: string) => `\u26a0 A success resolves ${incidents} this turn.`,
  /** An incident's title in a sentence. */
  incident: (title: string) => `\u201c${title}\u201d`,
};
