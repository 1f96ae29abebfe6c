import type { Translation } from '../../catalogue';
import type { report as en } from '../../en/ui/report';
import { formatter } from '../../format';

const f = formatter('es');
const veces = (n: number) => f.plural(n, { one: '# vez', other: '# veces' });
const acciones = (n: number) => f.plural(n, { one: '# acción', other: '# acciones' });

export const report: Translation<typeof en> = {
  atLeast: (value) => `al menos\u00a0${f.num(value)}`,
  atMost: (value) => `como máximo\u00a0${f.num(value)}`,

  heldFromStart: 'lo conocía desde el inicio',

  modifier: (value, reason) => `${f.signed(value)} ${reason}`,
  rollWhy: (chance, base, modifiers, roll) =>
    `probabilidad ${chance} (base ${base}${modifiers ? `; ${modifiers}` : ''}), tirada ${roll}`,
  listSeparator: '; ',

  mostSucceeded: (done, total) =>
    `La mayoría de sus acciones tuvieron éxito (${f.num(done)} de ${f.num(total)}).`,
  fewSucceeded: (done, total) =>
    `Menos de la mitad de sus acciones tuvieron éxito (${f.num(done)} de ${f.num(total)}): conviene comprobar las unidades sobre el terreno y la inteligencia disponible antes de actuar.`,
  workedJointly: (count, total) =>
    `Trabajó de forma conjunta: ${f.plural(count, { one: '# acción conjunta', other: '# acciones conjuntas' })} de ${f.num(total)}.`,
  rarelyJoint: (count, total) =>
    `Rara vez actuó de forma conjunta (${f.plural(count, { one: '# acción conjunta', other: '# acciones conjuntas' })} de ${f.num(total)}).`,
  sharedIntel: (n) => `Compartió inteligencia ${veces(n)}.`,
  heldBack: (fact, roles) =>
    `Tenía «${fact}», que habría sido útil para ${roles}, y nunca lo transmitió.`,
  actedAlone: (n) => `Actuó en solitario en el ámbito del mandato de otro componente ${veces(n)}.`,
  privateMet: (description, value) =>
    `Objetivo propio cumplido: ${description}; resultado: ${f.num(value)}.`,
  privateNotMet: (description, value) =>
    `Objetivo propio no cumplido: ${description}; resultado: ${f.num(value)}.`,

  questionHeld: (holders, fact, incident, turn) =>
    `Antes de que fracasara la respuesta a «${incident}» (turno ${turn}), «${fact}» ya lo conocía: ${holders}. ¿Qué impidió compartirlo?`,
  questionSwing: (turn, title) =>
    `El mayor vuelco se produjo en el turno ${turn}: ${title} ¿Qué decisión lo provocó y qué repetirían o cambiarían?`,
  questionUnmet: (objective) => `¿Qué habría hecho falta para cumplir «${objective}»?`,
  questionLeaks:
    'Hubo filtraciones de inteligencia durante el ejercicio. ¿Cómo se podría haber generado confianza antes de compartirla?',
  questionJointShare: (percent) =>
    `Solo el ${f.percent(percent)} de las acciones fueron conjuntas. ¿Qué mantuvo separados a los componentes?`,

  mdTitle: (title) => `Informe posterior a la acción: ${title}`,
  mdExported: (date) => `Exportado el ${date}.`,
  mdSeed: (seed) => `Semilla ${seed}`,
  mdTurnsPlayed: (done, total) =>
    `${f.plural(done, { one: '# turno jugado', other: '# turnos jugados' })} de ${f.num(total)}`,
  mdAccomplished: (score) => `puntuación ${f.num(score)} sobre 100, misión cumplida`,
  mdNotAccomplished: (score) => `puntuación ${f.num(score)} sobre 100, misión no cumplida`,
  mdInProgress: 'ejercicio en curso',
  mdEnded: (reason) => `Finalizado: ${reason}.`,
  mdOverview: 'Presentación del ejercicio',
  mdLearningObjectives: 'Objetivos de aprendizaje',
  mdObjectives: 'Objetivos',
  mdPrivateObjectives: 'Objetivos propios de los roles',
  mdColRole: 'Rol',
  mdColObjective: 'Objetivo',
  mdColTarget: 'Meta',
  mdColResult: 'Resultado',
  mdColMet: 'Cumplido',
  mdColRating: 'Calificación',
  mdYes: 'sí',
  mdNo: 'no',
  mdEvidenceFor: (objective) => `Evidencias para «${objective}»:`,
  mdTurnItem: (turn, text) => `Turno ${turn}: ${text}`,
  mdIndicators: 'Indicadores turno a turno',
  mdTrust: 'Confianza entre los roles',
  mdStart: 'inicio',
  mdTurnShort: (turn) => `T${turn}`,
  mdKeyMoments: 'Momentos clave',
  mdMoment: (turn, title, value) => `Turno ${turn}: ${title} Variación total: ${f.num(value)}.`,
  mdWhy: (why) => `Por qué: ${why}.`,
  mdCoordination: 'Coordinación',
  mdJoint: (count, total, percent, n) =>
    `Acciones conjuntas: ${f.num(count)} de ${acciones(total)} (${f.percent(percent)}); ${f.plural(n, { one: '# propuesta caducó', other: '# propuestas caducaron' })}.`,
  mdShared: (n) => `Inteligencia compartida ${veces(n)}`,
  mdHeldFacts: (n) =>
    f.plural(n, {
      one: '# dato nunca llegó a un rol que lo habría aprovechado',
      other: '# datos nunca llegaron a un rol que los habría aprovechado',
    }),
  mdLeaks: (n) => f.plural(n, { one: '# filtración', other: '# filtraciones' }),
  mdIncidents: (done, count, responseTime) =>
    `Incidentes resueltos: ${f.num(done)}; fallidos: ${f.num(count)}; tiempo medio de respuesta: ${responseTime}.`,
  mdTurnsDecimal: (turns, one) => `${turns} ${one ? 'turno' : 'turnos'}`,
  mdHeldMattered: (turn, title) =>
    `La inteligencia retenida resultó decisiva en el turno ${turn}: ${title}`,
  mdWhoKnew: 'Quién sabía qué, y cuándo',
  mdHolder: (role, turn, how) => `${role} desde el turno ${turn} (${how})`,
  mdHolders: (holders) => `: ${holders}.`,
  mdNeverReached: (roles) => `Nunca llegó a: ${roles}.`,
  mdRelatedIncident: (title, opened, status) =>
    `Incidente relacionado: ${title}, abierto en el turno ${opened}, ${status}.`,
  mdRelatedIncidentClosed: (title, opened, status, closed) =>
    `Incidente relacionado: ${title}, abierto en el turno ${opened}, ${status} en el turno ${closed}.`,
  incidentStatus: { open: 'aún abierto', resolved: 'resuelto', failed: 'fallido' },
  mdStrengths: 'Fortalezas y aspectos a mejorar',
  roleActions: (total, done, count) =>
    `${acciones(total)}: ${f.num(done)} con éxito, ${f.num(count)} conjuntas`,
  roleShares: (given, received) => `compartió ${given}, recibió ${received}`,
  mdStrength: (text) => `Fortaleza: ${text}`,
  mdToImprove: (text) => `A mejorar: ${text}`,
  mdTimeline: 'Cronología',
  mdTurn: (turn) => `Turno ${turn}`,
  mdFacilitatorNote: (note) => `Facilitador: ${note}`,
  mdOverruled: (reason) => `anulado por el facilitador: ${reason}`,
  mdQuestions: 'Preguntas para el debate',
  mdNotes: 'Notas del facilitador',
  mdNone: 'Ninguna.',
  mdAnnotation: (turn, title, note) => `Turno ${turn}, sobre «${title}»: ${note}`,
  mdPlan: 'Plan de mejora',
  mdNoneRecorded: 'No se ha registrado ninguna.',
  mdColAction: 'Acción correctiva',
  mdColOwner: 'Responsable',
  mdColDue: 'Plazo',

  csvTurn: 'turno',
  csvDistrict: 'distrito',
  csvName: 'nombre',
  csvIndicator: (_id, name) => name,
};
