/**
 * How problems with texts are reported: one report for all the checks, and findings grouped by
 * the item of a list they belong to, so that many untranslated texts make few warnings that
 * still name every text.
 */
import { formatPath, type Path, type Problem } from '../../format';

export interface TranslationReport {
  errors: Problem[];
  warnings: Problem[];
}

export const andList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export interface Finding {
  path: Path;
  /** What the texts of one group share (the languages they miss). */
  key: string;
  [more: string]: unknown;
}

interface Group<F extends Finding> {
  /** The lone text's own path, or the item that holds the texts. */
  path: Path;
  item: Path;
  key: string;
  members: F[];
}

/**
 * The item a text belongs to: the first list item on its path (`$.roles[1]` for
 * `$.roles[1].assets[0].name`), the list itself for a text that is an item
 * (`$.learningObjectives`), or the whole file for the top-level texts.
 */
function itemOf(path: Path): Path {
  const i = path.findIndex((seg) => typeof seg === 'number');
  if (i < 0) return [];
  return i === path.length - 1 ? path.slice(0, i) : path.slice(0, i + 1);
}

/** Findings by item and key, in document order; a group of one keeps its text's own path. */
export function grouped<F extends Finding>(findings: readonly F[]): Group<F>[] {
  const groups = new Map<string, Group<F>>();
  for (const f of findings) {
    const item = itemOf(f.path);
    const id = `${formatPath(item)} ${f.key}`;
    const group = groups.get(id);
    if (group) group.members.push(f);
    else groups.set(id, { path: f.path, item, key: f.key, members: [f] });
  }
  return [...groups.values()].map((g) => (g.members.length > 1 ? { ...g, path: g.item } : g));
}

/** The texts of a group, by their paths within its item: "name, mandate, assets[0].name". */
export function members(group: Group<Finding>): string {
  return group.members
    .map((m) => formatPath(m.path.slice(group.item.length)).replace(/^\$\.?/, ''))
    .join(', ');
}
