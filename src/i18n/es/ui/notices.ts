import type { Translation } from '../../catalogue';
import type { notices as en } from '../../en/ui/notices';
import { formatter } from '../../format';

const f = formatter('es');
/** A sentence without its final stop, to quote it inside brackets. */
const stop = (s: string) => s.replace(/\.$/, '');
const noPudo = 'No se pudo guardar la partida en este navegador';
const conservar = 'Exporte la partida para conservarla.';
const noReanudar = 'La partida guardada en este navegador no se puede reanudar';
const which = (command: number, commands: number) =>
  command ? `comando ${command} de ${commands}` : 'los comandos';

/** Why the host refused what this device sent, by the host's reason code. */
const HOST_REFUSALS: Record<string, string> = {
  notJson: 'El servidor no pudo leer el mensaje.',
  tooLarge: 'Es demasiado largo para enviarlo.',
  badMessage: 'El servidor no conoce ese mensaje.',
  tooMany: 'Demasiados mensajes a la vez: espere un momento y vuelva a intentarlo.',
  unknownSession:
    'No hay ningún ejercicio con ese código. Compruebe el código que aparece en la pantalla.',
  unknownScenario: 'El servidor no tiene ningún escenario con ese nombre.',
  badToken: 'Este dispositivo perdió su puesto (se liberó): vuelva a unirse.',
  badSecret: 'El enlace del facilitador es incorrecto o está caducado.',
  notSeated: 'Este dispositivo todavía no tiene puesto: únase primero.',
  notAllowed: 'Este puesto no puede hacer eso.',
  notYourRole: 'Un equipo solo da órdenes para su propio rol.',
  notStarted: 'El facilitador todavía no ha iniciado el ejercicio.',
  started: 'El ejercicio ya ha empezado.',
  unknownRole: 'El escenario no tiene ese rol.',
  notTeamRole: 'Ese rol lo juega ahora el ordenador: pregunte al facilitador.',
  noRequest: 'Esa solicitud ya no está en espera.',
  noSeat: 'Ese puesto ya no existe.',
  claimRefused: 'El facilitador no aprobó la solicitud.',
  badSeq:
    'El servidor no reconoció el punto de la partida en que estaba esta página: se le ha vuelto a enviar la partida.',
  noTimer: 'El temporizador no está puesto, o no está en un estado que lo permita.',
  storage: 'El servidor no pudo guardarlo, así que no ha cambiado nada. Vuelva a intentarlo.',
};

export const notices: Translation<typeof en> = {
  noGame: 'No hay ninguna partida en curso.',
  noTeamPlanning: 'Ningún equipo está planificando.',
  rewound: (turn) => `Vuelta al inicio del turno ${turn}.`,
  defaultEndReason: 'terminado por el facilitador',

  hostRefused: (reason) => HOST_REFUSALS[reason] ?? `El servidor lo rechazó (${reason}).`,
  staleCommand:
    'La partida cambió mientras decidía (otra mesa actuó): vuelva a mirar y, si sigue siendo válido, vuelva a enviarlo.',
  hostRestarted: 'El servidor se reinició; ha vuelto a su puesto y no se ha perdido nada.',
  hostGarbled: (detail) => `El servidor envió algo que esta página no puede leer: ${detail}`,

  chooseScenario: 'Elija primero un escenario.',
  enterSeed: 'Introduzca una semilla: cualquier palabra o número.',
  seatATeam: 'Asigne al menos un equipo: ahora todos los roles los juega el ordenador.',
  nameEveryTeam: 'Dé un nombre a cada equipo.',
  pinDigits: 'El PIN del facilitador tiene de 4 a 12 cifras, o se deja vacío si no hay ninguno.',

  saveFailedFull: `${noPudo} (el almacenamiento del navegador para esta página está lleno). ${conservar}`,
  saveFailedUnavailable: (detail) =>
    `${noPudo} (el almacenamiento del navegador no está disponible (${detail})). ${conservar}`,
  saveFailedVerify: `${noPudo} (lo escrito en el almacenamiento del navegador no se volvió a leer igual). ${conservar}`,
  saveFailed: (detail) => `${noPudo} (${detail}). ${conservar}`,

  commandRefused: (command, why) => `el comando ${command} no se puede aplicar: ${why}`,
  replayFailed: (detail) => `Los comandos no se pueden volver a aplicar: ${detail}`,
  saveLoaded: (file, turn, hash) => `Cargado ${file}: turno ${turn}, estado ${hash}.`,
  saveUnknownScenario: (id, hash) =>
    `Esta partida guardada es de un escenario que esta aplicación no tiene (${id}, hash ${hash}). Abra primero ese archivo de escenario y luego importe la partida.`,
  resumeFailed: (detail) => `${noReanudar}: ${detail}`,
  resumeNotAutosave: `${noReanudar}: no es un guardado automático de Mandate.`,
  resumeScenarioInvalid: (detail) => `${noReanudar}: su escenario ya no es válido: ${detail}`,
  languageLoadFailed: (why) =>
    `No se pudo cargar el idioma (${why}). Compruebe que la aplicación sigue disponible y vuelva a intentarlo.`,
  screensLoadFailed: (why) =>
    `No se pudieron cargar las pantallas del ejercicio (${why}). Compruebe que la aplicación sigue disponible y vuelva a cargar la página.`,
  scenarioLoadFailed: (why) =>
    `No se pudo cargar el escenario (${why}). Compruebe que la aplicación sigue disponible y vuelva a intentarlo.`,
  resumeBundledMissing: (file) =>
    `${noReanudar}: el escenario incluido ${file} no está en esta versión de la aplicación.`,
  resumeScenarioChanged: `${noReanudar}: el escenario ha cambiado desde que se guardó la partida.`,

  fileUnreadable: (file, detail) => `No se pudo leer ${file}: ${detail}`,
  fileCannotBeRead: 'no se puede leer el archivo',
  scenarioFromStart:
    'Para abrir un archivo de escenario, vuelva primero a la pantalla de inicio. Aquí se puede soltar un archivo de partida guardada.',
  oneScenarioAtATime: (opened, others) =>
    `Se abrió ${opened}, un escenario cada vez: ${f.list(others)} ${others.length === 1 ? 'no se abrió' : 'no se abrieron'}.`,
  mapNotScenario:
    'esto es un mapa de Tiled, no un escenario: ábralo junto con el escenario que lo nombra en "map.tiled.file" (seleccione ambos archivos o suéltelos juntos)',
  saveTooLarge: (size) =>
    `el archivo pesa más de ${f.num(size)} MB; una partida guardada nunca pesa tanto`,
  mapTooLarge: (size) => `el mapa pesa más de ${f.num(size)} MB`,
  scenarioTooLarge: (size) =>
    `el archivo pesa más de ${f.num(size)} MB; un escenario es mucho más pequeño`,
  mapMissing: (map, others, expected) =>
    `Este escenario toma las formas de sus distritos de ${map}: ábralo junto con el escenario (seleccione ambos archivos o suéltelos juntos)` +
    (others.length
      ? ` (${f.list(others)} no ${others.length === 1 ? 'es' : 'son'} ${expected})`
      : ''),
  mapMissingHint: 'añada solo el mapa con el botón de abajo',
  noLongerBundled: (file) => `${file} ya no está entre los escenarios incluidos`,

  reloadSame: (file) =>
    `${file} ha vuelto a la versión con la que se juega la partida; la partida continúa.`,
  reloadInvalid: (file) =>
    `${file} se guardó con problemas, enumerados aquí; la partida continúa con la versión con la que empezó.`,
  reloadSetUp: (command, commands, detail) =>
    `Escenario recargado: los comandos registrados ya no se aplican (${which(command, commands)}: ${stop(detail)}). Inicie la nueva versión desde aquí.`,
  reloadSetUpElsewhere: (command, commands, detail) =>
    `Escenario recargado: los comandos registrados ya no se aplican (${which(command, commands)}: ${stop(detail)}). La ventana principal prepara la nueva versión.`,
  reloadReplayed: (count) =>
    `Escenario recargado: ${f.plural(count, { one: 'se volvió a aplicar # comando', other: 'se volvieron a aplicar # comandos' })}.`,

  syncRefused:
    'La partida de la otra ventana no se pudo reconstruir aquí; esta ventana conserva la suya. Recargue ambas ventanas para volver a sincronizarlas.',
  syncRefusedStorage:
    'La partida de la otra ventana no se pudo reconstruir aquí. Recargue esta ventana para volver a sincronizarla.',
};
