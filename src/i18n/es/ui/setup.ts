import type { Translation } from '../../catalogue';
import type { setup as en } from '../../en/ui/setup';
import { formatter } from '../../format';

const f = formatter('es');

export const setup: Translation<typeof en> = {
  eyebrow: 'Preparar el ejercicio',
  readSetting: 'Leer el contexto',
  objectives: 'Objetivos de aprendizaje',
  warnings: (n) =>
    `${f.plural(n, { one: '# advertencia', other: '# advertencias' })} sobre este escenario`,
  formLabel: 'Equipos y semilla',
  whoPlays: 'Quién juega cada rol',
  whoPlaysHelp:
    'Cada equipo planifica por turno en esta pantalla. Un rol sin equipo lo juega el ordenador, de modo que dos equipos pueden jugar un escenario de tres roles.',
  apPerTurn: (n) =>
    `${f.plural(n, { one: '# punto de acción', other: '# puntos de acción' })} por turno`,
  playedBy: 'Lo juega',
  aTeam: 'Un equipo en esta pantalla',
  policies: {
    cooperative: 'Ordenador: cooperativo (comparte, propone, acepta)',
    siloed: 'Ordenador: compartimentado (trabaja solo)',
    random: 'Ordenador: al azar',
  },
  teamName: 'Nombre del equipo',
  computerPlays:
    'El ordenador juega este rol con lo que su ficha permite; sus jugadas se registran como las de un equipo.',
  seedTitle: 'Semilla',
  seedLabel: 'Semilla (la misma semilla y las mismas órdenes dan la misma partida)',
  newSeed: 'Nueva semilla',
  facilitatorView:
    'Vista del facilitador: mostrar todas las entradas del registro, incluidas las privadas de cada equipo',
  pinLabel: 'PIN del facilitador (opcional)',
  pinHelp:
    'Impide que los equipos abran la consola: de 4 a 12 cifras, que se piden antes de abrir la consola o la vista del facilitador.',
  replacesSave: (title, turn) =>
    `Empezar reemplaza la partida guardada en este navegador (${title}, turno ${turn}). Para conservarla, expórtela antes desde su barra superior.`,
  start: 'Empezar el ejercicio',
  orContinue: 'O continúe una partida de este escenario desde un archivo guardado:',
};
