import type { Translation } from '../../catalogue';
import type { evaluation as en } from '../../en/ui/evaluation';

export const evaluation: Translation<typeof en> = {
  // R realizado sin dificultades, A con algunas, G con grandes dificultades, N no se pudo realizar.
  short: { performed: 'R', someChallenges: 'A', majorChallenges: 'G', notPerformed: 'N' },
  notRated: 'Aún sin calificar',
  ratingOf: (objective) => `Calificación de «${objective}»`,
  noteOn: (objective) => `Nota sobre «${objective}»`,
  notePlaceholder: 'Lo observado: evidencias, momento, quién',
  rated: (objective, rating) => `«${objective}» calificado: ${rating}.`,
  saveRating: 'Guardar calificación',
  updateRating: 'Actualizar calificación',

  colAction: 'Acción correctiva',
  colObjective: 'Objetivo o capacidad',
  colOwner: 'Responsable',
  colDue: 'Plazo',
  remove: 'Quitar',
  removeItem: (action) => `Quitar: ${action}`,
  noAction: 'Todavía no se ha registrado ninguna acción correctiva.',
  addTitle: 'Añadir una acción correctiva',
  actionPlaceholder: 'p. ej., Redactar con la policía un procedimiento de patrulla conjunta',
  objective: 'Objetivo',
  noObjective: 'Ninguno en particular',
  ownerPlaceholder: 'p. ej., Jefe de policía',
  duePlaceholder: 'p. ej., finales de marzo',
  add: 'Añadir al plan',
};
