/** The game authority's public surface: for the page's store and for the host. */
export * from './authority';
export * from './game';
export * from './seats';
export * from './storage';
export * from './timer';
export * from './parse';
