/**
 * Everything the session validates with: scenario files and bundled scenarios, save files, and
 * a whole game from the autosave or another window. The chunk `checks.ts` loads when first
 * needed, with zod and the scenario checks in it.
 */
export { checkScenarioText, checkScenarioValue, openScenario } from './scenarioChecks';
export { parseIncomingGame } from '../authority/parse';
export { parseSave, parseSaveValue } from '../engine/save';
