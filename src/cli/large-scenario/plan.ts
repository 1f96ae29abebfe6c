/**
 * The size of the large scenario, which the header of `make-large-scenario.ts` states and the
 * sections build to, and the loose JSON they build it as: the file is checked by validation,
 * not by these types.
 */
export const COLS = 10;
export const ROWS = 6;
export const W = 1500;
export const H = 1000;
export const TURNS = 40;

export type Json = Record<string, unknown>;
