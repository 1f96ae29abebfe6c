/** The game authority's public surface: for the page's store and for the host. */
export * from './authority';
export * from './game';
export * from './seats';
export * from './storage';
export * from './timer';
// `./parse` (the one parser of a whole game) is imported by path: it carries zod, which the
// page loads only with its other validators (src/store/checks.ts).
