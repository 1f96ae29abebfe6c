import type { Translation } from '../../catalogue';
import type { evaluation as en } from '../../en/ui/evaluation';

export const evaluation: Translation<typeof en> = {
  // R réalisé sans difficulté, Q avec quelques difficultés, M avec des difficultés majeures, I
  // impossible à réaliser.
  short: { performed: 'R', someChallenges: 'Q', majorChallenges: 'M', notPerformed: 'I' },
  notRated: 'Pas encore évalué',
  ratingOf: (objective) => `Évaluation de «\u00a0${objective}\u00a0»`,
  noteOn: (objective) => `Note sur «\u00a0${objective}\u00a0»`,
  notePlaceholder: 'Ce que vous avez observé\u00a0: éléments, moment, qui',
  rated: (objective, rating) => `«\u00a0${objective}\u00a0» évalué\u00a0: ${rating}.`,
  saveRating: 'Enregistrer l’évaluation',
  updateRating: 'Mettre à jour l’évaluation',

  colAction: 'Action corrective',
  colObjective: 'Objectif ou capacité',
  colOwner: 'Responsable',
  colDue: 'Échéance',
  remove: 'Retirer',
  removeItem: (action) => `Retirer\u00a0: ${action}`,
  noAction: 'Aucune action corrective enregistrée pour l’instant.',
  addTitle: 'Ajouter une action corrective',
  actionPlaceholder: 'p. ex. Rédiger avec la police une procédure de patrouille conjointe',
  objective: 'Objectif',
  noObjective: 'Aucun en particulier',
  ownerPlaceholder: 'p. ex. Chef de la police',
  duePlaceholder: 'p. ex. fin mars',
  add: 'Ajouter au plan',
};
