/**
 * How a sentence names scenario things it is given as words. Scenario authors title incidents and
 * event cards as they would a headline, often with the place in it ("Barricades in Dunmere"), and
 * a sentence that then adds "in Dunmere" names the place twice; the catalogues ask `names` first.
 */

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` already names `name`: as whole words (not inside a longer word), in any case.
 */
export function names(text: string, name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
