/**
 * Ids and references to them, the fields every section uses to point at another: one place for
 * the characters an id may hold, so every kind of id is checked and described alike.
 */
import { z } from 'zod';
import { ID_CHARACTERS, ID_CHARS, MAX_ID_LENGTH } from '../../format';

/**
 * The text of every id a file defines (see ids.ts for why so few characters). References are
 * plain text: each must name a defined id, and the message for one that does not quotes what
 * differs, so a second message about its characters would only repeat it.
 */
export const idText = () =>
  z.string().min(1).max(MAX_ID_LENGTH).regex(ID_CHARS, `an id holds only ${ID_CHARACTERS}`);

export const id = (what: string, example: string) =>
  idText().describe(
    `Id of ${what} (1–${MAX_ID_LENGTH} of ${ID_CHARACTERS}; unique). Example: "${example}"`,
  );

/** `what` reads after "Id of": "a district", "the district where it starts". */
export const ref = (what: string, example: string) =>
  z.string().min(1).describe(`Id of ${what}; it must exist in this file. Example: "${example}"`);

export const roleList = (meaning: string, example: string) =>
  z.array(ref('a role', 'police')).describe(`${meaning} (list of role ids). Example: ${example}.`);

export const rolePairSchema = z
  .tuple([ref('a role', 'military'), ref('a role', 'police')])
  .describe('Two different role ids; the order does not matter. Example: ["military", "police"].')
  .meta({ id: 'RolePair' });

export const actionList = (meaning: string, example: string) =>
  z
    .array(ref('a standard action', 'patrol'))
    .describe(`${meaning} (list of action ids). Example: ${example}.`);
