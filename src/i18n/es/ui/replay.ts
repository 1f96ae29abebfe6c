import type { Translation } from '../../catalogue';
import type { replay as en } from '../../en/ui/replay';
import { formatter } from '../../format';

const f = formatter('es');

export const replay: Translation<typeof en> = {
  eyebrow: 'Repetición',
  turnStart: (turn) => `Turno ${turn}: el inicio`,
  turnEnd: (turn) => `Turno ${turn}: el final`,
  turnNow: (turn) => `Turno ${turn}: ahora`,
  atStart: 'La sesión informativa: lo que los equipos sabían antes de planificar.',
  afterResolution: 'Tras la resolución.',
  afterResolutionScore: (score) => `Tras la resolución: puntuación ${f.num(score)} sobre 100.`,
  stillPlayed: 'Este turno todavía se está jugando.',
  stepLabel: 'Recorrer la partida paso a paso',
  prev: '\u25c0 Anterior',
  next: 'Siguiente \u25b6',
  turnLabel: 'Turno',
  edgeLabel: 'Inicio o final del turno',
  startOfTurn: 'Inicio del turno',
  endOfTurn: 'Final del turno',
  nothingHere: 'No hay nada en el registro aquí.',
  branchNeedsResolved: 'Una variante parte de un turno que la partida ya ha resuelto.',
  branchFrom: (turn) => `¿Y si…? Variante desde el turno ${turn}`,
  backConsole: '\u2190 Consola',
  backDebrief: '\u2190 Análisis posterior',
  mapLabel: 'Mapa de ese momento',

  proposalWith: (proposal, partners) => `${proposal}, con ${partners}`,
  proposalAlone: (proposal) => `${proposal}, sin socios`,
  whichTeam: 'El equipo cuyas órdenes cambian',
  roleSeat: (role, seat) => `${role} (${seat})`,
  whatTheyDid: (turn) => `Lo que hizo en el turno ${turn}`,
  noOrders: 'Ninguna orden.',
  theirOrders: (turn) => `Sus órdenes del turno ${turn} en la variante`,
  byPolicy: 'Las juega el ordenador:',
  policyLabel: 'Cómo juega el ordenador el turno cambiado',
  policies: {
    cooperative: 'cooperativo (trabaja en conjunto, comparte lo que importa)',
    siloed: 'compartimentado (actúa solo, no comparte nada)',
    random: 'al azar (cualquier orden válida)',
  },
  policyNames: { cooperative: 'cooperativo', siloed: 'compartimentado', random: 'al azar' },
  newOrdersHere: 'Nuevas órdenes, preparadas aquí (a partir de lo que hizo)',
  newOrders: (n) => `Nuevas órdenes (${f.num(n)})`,
  remove: 'Quitar',
  noneThatTurn: 'Ninguna: el equipo no hace nada en ese turno.',
  addOrder: 'Añadir una orden',
  added: (name) => `Añadido a la variante: ${name}.`,
  laterTurns: 'Los turnos siguientes',
  asRecorded: 'Como se jugaron (órdenes reales aún válidas)',
  everyRoleBy: (policy) => `Todos los roles los juega el ordenador, modo ${policy}`,
  whatIfEyebrow: '¿Y si…?',
  whatIfTitle: (turn) => `¿Y si…? Desde el turno ${turn}`,
  rulesTitle: 'Cómo se juega la variante',
  ruleBefore: (turn) =>
    `Hasta el inicio del turno ${turn}: exactamente la partida real, con la misma semilla.`,
  ruleTurn: (turn) =>
    `Turno ${turn}: se sustituyen las órdenes del equipo elegido; sus respuestas a las propuestas de los demás se mantienen como se registraron cuando usted prepara las órdenes. Las órdenes registradas de los demás equipos se vuelven a jugar si siguen siendo válidas. Un socio responde a una propuesta repetida como lo hizo; una propuesta nueva la acepta cada socio que tenga los puntos de acción.`,
  ruleLater: 'Turnos siguientes: como elija abajo; después todos los roles confirman.',
  ruleKept:
    'Se mantienen los eventos que usted lanzó o descartó y sus ajustes; se dejan fuera las anulaciones, las anotaciones y las calificaciones.',
  ruleStops:
    'La variante se detiene donde está la partida real (y termina si esta terminó), para puntuar ambas en el mismo turno. Nunca cambia la partida real.',
  play: '\u25b6 Jugar la variante',
  branchFailed: (error) => `No se pudo jugar la variante: ${error}`,
  backReplay: '\u2190 Volver a la repetición',

  outOf100Accomplished: 'sobre 100 \u00b7 \u2714 misión cumplida',
  outOf100NotAccomplished: 'sobre 100 \u00b7 \u2716 misión no cumplida',
  outOf100SoFar: (turn) => `sobre 100 por ahora, tras el turno ${turn}`,
  changePolicy: (role, policy, turn) =>
    `${role} jugado por el ordenador (${policy}) en el turno ${turn}`,
  changeOrders: (role, count, turn) =>
    `${role} con ${f.plural(count, { one: '# orden nueva', other: '# órdenes nuevas' })} en el turno ${turn}`,
  laterRecorded: 'turnos siguientes como se jugaron',
  laterPolicy: (policy) => `turnos siguientes jugados por el ordenador (${policy})`,
  summary: (change, later) => `¿Y si…?: ${change}; ${later}.`,
  skipped: (n) =>
    f.plural(n, {
      one: 'Se dejó fuera # orden registrada que ya no era válida en la variante.',
      other: 'Se dejaron fuera # órdenes registradas que ya no eran válidas en la variante.',
    }),
  allApplied: 'Todas las órdenes registradas siguieron siendo válidas.',
  sideBySide: 'Los dos resultados, uno al lado del otro',
  realGame: 'Partida real',
  whatIf: '¿Y si…?',
  objective: 'Objetivo',
  real: 'Partida real',
  averageAll: 'Media de todos los distritos',
  difference: 'Diferencia',
  chart: 'Gráfico',
  score: 'Puntuación',
  average: (indicator) => `${indicator} (media)`,
  chartTitle: (what) => `${what} por turno: partida real y variante`,
  axisAverage: 'Media (0\u2013100)',
  axisScore: 'Puntuación (0\u2013100)',
  hashes: (branch, real) => `Estado de la variante ${branch}; estado real ${real}.`,
  outcomes: 'Resultados',
  choicesChanged: 'Las opciones cambiaron: vuelva a jugar la variante para comparar.',
  chooseFirst:
    'Elija el cambio a la izquierda y después «Jugar la variante». La partida real no cambia.',
};
