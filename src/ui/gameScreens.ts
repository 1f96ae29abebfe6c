/**
 * The screens of a game, from the set-up to the debrief, with the map panel: a chunk of its own,
 * which the shell (app.ts) loads once a game is on its way, so that the first screen carries the
 * start screen alone.
 */
export { setupScreen } from './screens/setup';
export { briefingScreen, handoverScreen } from './screens/briefing';
export { planningScreen } from './screens/planning';
export { reportScreen } from './screens/report';
export { endScreen } from './screens/end';
export { consoleScreen } from './screens/console';
export { debriefScreen } from './screens/debrief';
export { replayScreen } from './screens/replay';
export { MapPanel } from './mapPanel';
