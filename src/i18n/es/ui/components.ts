import type { Translation } from '../../catalogue';
import type { components as en } from '../../en/ui/components';
import { formatter } from '../../format';

const f = formatter('es');

export const components: Translation<typeof en> = {
  effectTone: { good: 'mejora', bad: 'empeora', neutral: 'cambio' },
  rollCaption: 'Cómo se calculó la probabilidad',
  baseChance: 'Probabilidad base',
  chance: 'Probabilidad',
  rolled: (roll, chance, outcome) =>
    `Tirada de ${roll} contra ${chance} (${roll <= chance ? `${roll} \u2264 ${chance}` : `${roll} > ${chance}`}): ${outcome}.`,
  privateSeenBy: (roles) => `Privado: visible para ${roles}`,
  why: '¿Por qué?',
  effects: 'Efectos',
  noValuesChanged: 'Ningún valor cambió.',

  log: 'Registro',
  filterLog: 'Filtrar el registro',
  turnFilter: 'Turno',
  roleFilter: 'Rol',
  districtFilter: 'Distrito',
  allTurns: 'Todos los turnos',
  allRoles: 'Todos los roles',
  allDistricts: 'Todos los distritos',
  showing: (shown, total) =>
    `Se muestran ${shown} de ${f.plural(total, { one: '# entrada', other: '# entradas' })}`,
  logEntries: 'Entradas del registro',
  nothingMatches: 'Ninguna entrada coincide con estos filtros.',

  addMapMissing:
    'Añada solo el mapa y {source} se abrirá con las formas de sus distritos tomadas de él ({file}).',
  addMapOther:
    'Abra otro mapa para este escenario y {source} se abrirá con las formas de sus distritos tomadas de él ({file}).',
  addMapButton: 'Añadir el archivo del mapa\u2026',
  openAnotherMapButton: 'Abrir otro archivo de mapa\u2026',
  cannotBeUsed: (source) => `${source} no se puede usar`,
  problemsToFix: (n) =>
    `${f.plural(n, { one: 'Hay # problema que corregir', other: 'Hay # problemas que corregir' })}. Cada uno indica su lugar en el archivo como una ruta JSON.`,
  problems: 'Problemas',
  fix: (suggestion) => `Corrección: ${suggestion}`,
  warnings: (n) => f.plural(n, { one: '# advertencia', other: '# advertencias' }),

  saveCannotOpen: 'Esa partida guardada no se puede abrir',
  saveWhere: 'Dónde: {path} en {file}',
  nothingElseChanged: 'Nada más ha cambiado: la partida que tenía sigue aquí.',
  downloadFound: 'Descargar lo que se encontró',
};
