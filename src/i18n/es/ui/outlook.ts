import type { Translation } from '../../catalogue';
import type { outlook as en } from '../../en/ui/outlook';
import { formatter } from '../../format';

const f = formatter('es');

export const outlook: Translation<typeof en> = {
  chanceNow: 'Probabilidad de éxito ahora:',
  ifAccepted: (roles, n) => (n === 1 ? `si ${roles} acepta` : `si ${roles} aceptan`),
  ifYouAccept: (others, n) => (n === 0 ? 'si ustedes aceptan' : `si ustedes y ${others} aceptan`),
  lever: { unit: 'unidad', fact: 'inteligencia', partner: 'socios' },
  leverTitle: {
    unit: 'Cambia con una unidad sobre el terreno',
    fact: 'Cambia con la inteligencia',
    partner: 'Cambia con los socios',
  },
  changesTitle: 'Qué la cambiaría',
  moveOwn: (unit, from) => `Trasladar ${unit} aquí desde ${from}`,
  movePartner: (role, unit, from) => `Si ${role} traslada ${unit} aquí desde ${from}`,
  join: (role) => `Con ${role} también como socio`,
  without: (role) => `Si ${role} rechaza`,
  withoutYou: 'Si ustedes rechazan',
  posture: (posture) => `${posture} en su lugar`,
  share: (from, fact, to) => `Si ${from} comparte \u00ab${fact}\u00bb con ${to}`,
  changed: (what, chance, delta) => `${what}: ${chance} (${delta})`,
  lapses: (what) => `${what}: no se lleva a cabo`,
  note: 'Tal como están las cosas ahora, con sus propios movimientos e intercambios de este turno. Lo que se resuelva antes todavía puede cambiarla: primero las acciones conjuntas, luego las órdenes en el orden en que se dieron.',
  noteAll:
    'Tal como están las cosas ahora, con todos los movimientos e intercambios ordenados este turno. Lo que se resuelva antes todavía puede cambiarla: primero las acciones conjuntas, luego las órdenes en el orden en que se dieron.',
  partnersFacts:
    'La inteligencia que tenga un socio cuenta en la tirada, pero no aquí hasta que se la compartan.',
  incidentsTitle: (n) =>
    `${f.plural(n, { one: '# incidente abierto', other: '# incidentes abiertos' })} y qué ${n === 1 ? 'lo resuelve' : 'los resuelve'}`,
  incidentWhere: (district, turnsLeft) =>
    `${district}, ${f.plural(turnsLeft, { one: 'queda # turno', other: 'quedan # turnos' })}`,
  yourAnswers: 'Sus órdenes que responden a él:',
  pickLabel: (action, district) => `Elegir ${action} en ${district}`,
  asPartner: (actions) => `Como socio: ${actions}.`,
  noAnswer: 'Ninguna de sus órdenes responde a él ahora.',
  answersOption: (label) => `${label} \u00b7 \u26a0 responde a un incidente`,
  answersHere: (name) => `${name} \u00b7 \u26a0 incidente`,
  answers: (incidents) => `\u26a0 Si tiene éxito, resuelve ${incidents} en este turno.`,
  incident: (title) => `\u00ab${title}\u00bb`,
};
