import type { Translation } from '../../catalogue';
import type { frame as en } from '../../en/ui/frame';
import { formatter } from '../../format';

const f = formatter('es');

export const frame: Translation<typeof en> = {
  round1: 'Ronda 1: planificar y proponer',
  round2: 'Ronda 2: responder y confirmar',
  reportOn: (turn) => `Informe del turno ${turn}`,
  briefing: 'Sesión informativa',
  debrief: 'Análisis posterior',
  theEnd: 'Fin',
  console: 'Consola del facilitador',
  whatIfFrom: (turn) => `¿Y si…? desde el turno ${turn}`,
  replay: 'Repetición',
  paused: 'En pausa por el facilitador',
  timeLeft: 'Tiempo de planificación restante',
  planningClock: (clock) => `Planificación ${clock}`,
  timeUp: 'Se acabó el tiempo',
  ended: 'Terminado',
  consoleWindow: 'Ventana de consola, sincronizada con la ventana principal',
  consoleTools: 'Ventana de consola',
  navConsole: 'Consola',
  navDebrief: 'Análisis posterior',
  navReplay: 'Repetición',
  tools: 'Herramientas del ejercicio',
  openConsole: 'Consola',
  facilitatorView: 'Vista del facilitador',
  exportSave: 'Exportar partida',
  importSave: 'Importar partida',
  endExercise: 'Terminar el ejercicio',
  startScreen: 'Pantalla de inicio',
  saved: 'Guardado en este navegador',
  saving: 'Guardando en este navegador…',
  kept: 'Conservado en este navegador (un fallo puede perder las últimas jugadas: exporte la partida para asegurarla)',
  notSaved: 'No se guarda en este navegador',
  seed: (seed) => `Semilla ${seed}`,
  commandsCommitted: (commands, committed, roles) =>
    `${f.plural(commands, { one: '# comando', other: '# comandos' })} \u00b7 ${committed} de ${f.plural(roles, { one: '# rol', other: '# roles' })} ${committed === 1 ? 'ha confirmado' : 'han confirmado'}`,
  stateHashTitle: 'El hash del estado: la misma partida tiene siempre el mismo hash',
  stateHash: (hash) => `Estado ${hash}`,
  dismissMessage: 'Cerrar el mensaje',
  toolsMenu: 'Ejercicio',
  largeText: 'Texto grande para un proyector',
};
