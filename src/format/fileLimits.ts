/**
 * How large a file may be, checked before it is read: in the format layer because the page
 * checks them before it loads the validators (src/store/checks.ts), and the host and the tools
 * check the same. docs/security.md lists them with the others.
 */

/** A scenario file. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * A scenario as the app keeps it with a game: validated, with its Tiled map's shapes merged
 * in, so as large as a scenario file and its map together (the map's limit is below).
 */
export const MAX_KEPT_BYTES = 10 * 1024 * 1024;

/** A Tiled map file. */
export const MAX_MAP_BYTES = 8 * 1024 * 1024;
