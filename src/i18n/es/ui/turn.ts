import type { Translation } from '../../catalogue';
import type { turn as en } from '../../en/ui/turn';
import { formatter } from '../../format';

const f = formatter('es');
/** "al equipo militar" for a name that starts with "Equipo", "a Azul" otherwise. */
const aTeam = (name: string) =>
  /^equipo\b/i.test(name) ? `al ${name.charAt(0).toLowerCase()}${name.slice(1)}` : `a ${name}`;
/** "el equipo militar" for a name that starts with "Equipo", the bare name otherwise. */
const theTeam = (name: string) =>
  /^equipo\b/i.test(name) ? `el ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;

export const turn: Translation<typeof en> = {
  briefing: 'Sesión informativa',
  situation: 'La situación',
  newThisTurn: 'Novedades de este turno',
  nothingNew: 'No hay novedades públicas este turno',
  privateWaiting: (counts) =>
    `Hay mensajes privados esperando en la pantalla de cada equipo: ${counts}.`,
  openIncidents: (n) => f.plural(n, { one: '# incidente abierto', other: '# incidentes abiertos' }),
  incidentWhere: (district, turnsLeft) =>
    `en ${district}, ${f.plural(turnsLeft, { one: 'queda # turno', other: 'quedan # turnos' })}.`,
  planningOrder: 'Orden de planificación',
  playedByComputer: (roles) => `Los juega el ordenador: ${roles}.`,
  beginPlanning: (team) => `Empezar a planificar: primero ${team}`,
  computerPlans: 'Dejar que planifique el ordenador',

  round1of2: 'Ronda 1 de 2: planificar y proponer',
  round2of2: 'Ronda 2 de 2: responder y confirmar',
  passTo: (team) => `Pasen la pantalla ${aTeam(team)}`,
  lookAway:
    'Los demás equipos, por favor, no miren: la siguiente pantalla muestra la inteligencia y las órdenes de este equipo.',
  weAre: (team) => `Somos ${theTeam(team)}: mostrar nuestra pantalla`,

  resolution: 'Resolución',
  reportTitle: (turn) => `Informe del turno ${turn}`,
  entries: (n) => f.plural(n, { one: '# entrada', other: '# entradas' }),
  succeeded: (succeeded, rolls) =>
    `${succeeded} de ${f.plural(rolls, { one: '# tirada', other: '# tiradas' })} con éxito`,
  hiddenPrivate: (n) =>
    `${f.plural(n, { one: '# privada', other: '# privadas' })}, en los registros de los equipos`,
  stepThrough: 'Recorrer el informe paso a paso',
  previous: 'Anterior',
  next: 'Siguiente',
  position: (i, n) => `${i} de ${n}`,
  nothingToReport: 'Nada que informar',
  seeEnd: 'Ver cómo terminó el ejercicio',
  startTurn: (turn) => `Empezar el turno ${turn}`,

  notEnded: 'El ejercicio no ha terminado.',
  over: 'El ejercicio ha terminado',
  accomplished: 'Misión cumplida',
  notAccomplished: 'Misión no cumplida',
  scoreOf: (winScore) => `de 100 (el éxito requiere ${winScore})`,
  endedBecause: (reason) => `Motivo del final: ${reason}.`,
  missionObjectives: 'Objetivos de la misión',
  privateObjectives: 'Objetivos propios',
  colObjective: 'Objetivo',
  colNow: 'Ahora',
  colPoints: 'Puntos',
  colResult: 'Resultado',
  colRole: 'Rol',
  met: 'Cumplido',
  notMet: 'No cumplido',
  openDebrief: 'Abrir el análisis posterior',
  newExercise: 'Nuevo ejercicio',
};
