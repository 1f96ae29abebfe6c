import type { Translation } from '../../catalogue';
import type { start as en } from '../../en/ui/start';
import { formatter } from '../../format';

const f = formatter('es');

export const start: Translation<typeof en> = {
  tagline:
    'Un simulador de ejercicios de mesa para operaciones de paz: equipos militares, policiales y civiles en torno a una sola pantalla.',
  loading: 'Cargando el escenario\u2026',
  chooseScenario: 'Elija un escenario',
  turns: (n) => f.plural(n, { one: '# turno', other: '# turnos' }),
  roles: (n) => f.plural(n, { one: '# rol', other: '# roles' }),
  objectives: (n) => `Objetivos de aprendizaje (${n})`,
  offeredIn: (languages) => `En ${languages}`,
  otherLanguages: (n) =>
    `${f.plural(n, { one: '# escenario', other: '# escenarios' })} solo en otros idiomas`,
  setUp: 'Preparar este ejercicio',
  filesAndSaves: 'Archivos y partidas guardadas',
  savedGame: 'Partida guardada en este navegador',
  savedAt: (title, turn) => `${title}, turno ${turn}.`,
  savedFound: 'Se encontró una partida guardada.',
  resume: 'Reanudar la partida guardada',
  openScenario: 'Abrir un archivo de escenario',
  openScenarioHelp:
    'Un escenario es un archivo JSON. Elíjalo o suéltelo en cualquier parte de esta página. Si toma sus distritos de un mapa de Tiled, seleccione o suelte ambos archivos a la vez.',
  openScenarioButton: 'Abrir un archivo de escenario\u2026',
  howTitle: 'Cómo se desarrolla un turno',
  howSteps: {
    briefing: {
      name: 'Sesión informativa.',
      text: 'Nuevos eventos e incidentes, leídos en voz alta a toda la sala.',
    },
    plan: {
      name: 'Planificar y proponer.',
      text: 'Cada equipo por turno, tras una pantalla de relevo: órdenes, propuestas conjuntas e inteligencia compartida.',
    },
    answer: {
      name: 'Responder y confirmar.',
      text: 'Cada equipo acepta o rechaza lo que le ofrecieron, ajusta sus órdenes y las confirma.',
    },
    report: {
      name: 'Informe.',
      text: 'Cada tirada con su probabilidad, sus modificadores y sus motivos, paso a paso sobre el mapa.',
    },
    debrief: {
      name: 'Análisis posterior.',
      text: 'Al final: la puntuación, los objetivos y el registro completo.',
    },
  },
  openSaved: 'Abrir una partida guardada',
  openSavedHelp: 'Un archivo de partida exportado desde Mandate, en este equipo o en otro.',
};
