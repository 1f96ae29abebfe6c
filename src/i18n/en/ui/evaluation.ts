/** Interface strings: evaluation, rating the objectives and the improvement plan (English, the
 * reference). */
export const evaluation = {
  /** Each rating's one-letter code, as exercise evaluation (HSEEP) writes it: P, S, M, U. */
  short: { performed: 'P', someChallenges: 'S', majorChallenges: 'M', notPerformed: 'U' },
  notRated: 'Not rated yet',
  ratingOf: (objective: string) => `Rating of \u201c${objective}\u201d`,
  noteOn: (objective: string) => `Note on \u201c${objective}\u201d`,
  notePlaceholder: 'What you saw: evidence, timing, who',
  rated: (objective: string, rating: string) => `Rated \u201c${objective}\u201d: ${rating}.`,
  saveRating: 'Save rating',
  updateRating: 'Update rating',

  // The improvement plan.
  colAction: 'Corrective action',
  colObjective: 'Objective or capability',
  colOwner: 'Owner',
  colDue: 'Due',
  remove: 'Remove',
  removeItem: (action: string) => `Remove: ${action}`,
  noAction: 'No corrective action recorded yet.',
  addTitle: 'Add a corrective action',
  actionPlaceholder: 'e.g. Write a joint patrol procedure with the police',
  objective: 'Objective',
  noObjective: 'None in particular',
  ownerPlaceholder: 'e.g. Police chief',
  duePlaceholder: 'e.g. end of March',
  add: 'Add to the plan',
};
