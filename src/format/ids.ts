/**
 * The characters an id may hold, in one place: the schema, the validator's messages, the save
 * format and the guide all read them from here.
 *
 * Ids are matched exactly, so anything that looks like another character must be refused: a
 * zero-width space, a right-to-left override or a Cyrillic "о" would make two ids that read the
 * same and differ, or an id that reads differently from what it is. ASCII letters, digits and
 * three marks are enough for "old-town", "inf_coy.1" and every id the bundled scenarios use.
 */

export const MAX_ID_LENGTH = 100;

/**
 * Only ASCII letters, digits, `_`, `-` and `.`. Empty text matches: the schema says "expected some
 * text" for it on its own, and one message is enough.
 */
export const ID_CHARS = /^[A-Za-z0-9_.-]*$/;

/** How the guide and the messages name the allowed characters. */
export const ID_CHARACTERS = 'ASCII letters, digits, "_", "-" and "."';

/** Whether a pattern zod reports (as `/…/` or as its source) is the one of ids. */
export const isIdPattern = (pattern: unknown): boolean =>
  pattern === String(ID_CHARS) || pattern === ID_CHARS.source;

/** The first character an id may not hold, and where: what an error message points at. */
export function firstBadIdCharacter(s: string): { char: string; index: number } | undefined {
  let index = 0;
  for (const char of s) {
    if (!/^[A-Za-z0-9_.-]$/.test(char)) return { char, index };
    index++;
  }
  return undefined;
}
