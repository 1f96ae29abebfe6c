/**
 * The field reference of docs/scenario-authoring.md, generated from the editor JSON Schema (which
 * is generated from the zod schema), so the guide says what the schema's descriptions say.
 * `npm run schema` rewrites the guide between its markers; a test fails when they drift apart.
 *
 * The descriptions follow two conventions this file reads: "Example: …" ends a description, and
 * an optional field states what leaving it out means as "(default: …)".
 *
 * `reference/sections.ts` walks the schema into sections of fields, `reference/markdown.ts`
 * writes them as tables and `reference/actions.ts` the table of standard actions; this file puts
 * each generated block between its markers.
 */
import { actionsMarkdown } from './reference/actions';
import { referenceMarkdown } from './reference/markdown';

export { actionsMarkdown } from './reference/actions';
export { referenceMarkdown, splitDescription } from './reference/markdown';

const BLOCKS: Record<string, () => string> = {
  reference: referenceMarkdown,
  actions: actionsMarkdown,
};

/** The guide with every generated block rewritten; throws when a block's markers are missing. */
export function regenerateGuide(guide: string): string {
  let text = guide;
  for (const [name, make] of Object.entries(BLOCKS)) {
    const open = `<!-- ${name}:start -->`;
    const close = `<!-- ${name}:end -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) throw new Error(`the guide has no ${open} … ${close} markers`);
    text = `${text.slice(0, start + open.length)}\n\n${make()}\n\n${text.slice(end)}`;
  }
  return text;
}
