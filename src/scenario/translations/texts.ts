/**
 * Finding the translatable texts: the editor JSON Schema walked beside the file, so that a text
 * field added to the schema is found without being listed; and, from the schema alone, where
 * such texts may appear.
 */
import { scenarioJsonSchema, type JsonSchema } from '../jsonSchema';
import { LANGUAGE_CODE } from '../languages';
import { isObj, type Obj } from '../loose';
import type { Path, PathSegment } from '../../format';
import { resolveRef } from '../schemaKeys';

type Node = Readonly<JsonSchema>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deeper than any file the guard lets through (it stops at 64 levels); a bound all the same. */
const MAX_DEPTH = 100;

/**
 * A schema node of translatable text: a choice between text and an object of text keyed by
 * language code. Recognised by its shape, so that every use of `localText` is found.
 */
export function isLocalTextNode(node: Node): boolean {
  const choices = node.anyOf;
  if (!Array.isArray(choices) || choices.length !== 2) return false;
  const plain = choices.some((c) => isNode(c) && c.type === 'string');
  const byLanguage = choices.some(
    (c) =>
      isNode(c) &&
      c.type === 'object' &&
      isNode(c.propertyNames) &&
      c.propertyNames.pattern === LANGUAGE_CODE.source,
  );
  return plain && byLanguage;
}

/** A translatable text found in a file: a plain string, or an object by language code. */
export interface FoundText {
  path: Path;
  value: string | Obj;
}

/** Every translatable text of a scenario value, in document order. Reads the value loosely. */
export function findTexts(input: unknown): FoundText[] {
  const root = scenarioJsonSchema();
  const out: FoundText[] = [];
  visit(root, root, input, [], out, 0);
  return out;
}

function visit(
  root: Node,
  node: Node,
  value: unknown,
  path: PathSegment[],
  out: FoundText[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  const here = deref(root, node);
  if (here === undefined) return;
  if (isLocalTextNode(here)) {
    if (typeof value === 'string' || isObj(value)) out.push({ path: [...path], value });
    return;
  }
  if (Array.isArray(here.allOf)) {
    for (const part of here.allOf.filter(isNode)) visit(root, part, value, path, out, depth + 1);
  }
  const choices = Array.isArray(here.anyOf)
    ? here.anyOf
    : Array.isArray(here.oneOf)
      ? here.oneOf
      : undefined;
  if (choices) {
    const chosen = choose(root, choices.filter(isNode), value);
    if (chosen) visit(root, chosen, value, path, out, depth + 1);
    return;
  }
  if (Array.isArray(value)) {
    const items = here.items;
    value.forEach((item, i) => {
      const itemNode = Array.isArray(items) ? items[i] : items;
      if (isNode(itemNode)) visit(root, itemNode, item, [...path, i], out, depth + 1);
    });
    return;
  }
  if (!isObj(value)) return;
  const props = isNode(here.properties) ? here.properties : {};
  const rest = isNode(here.additionalProperties) ? here.additionalProperties : undefined;
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(props, key) ? props[key] : rest;
    if (isNode(child)) visit(root, child, value[key], [...path, key], out, depth + 1);
  }
}

function deref(root: Node, node: Node): Node | undefined {
  let here: Node | undefined = node;
  for (let hops = 0; here !== undefined && typeof here.$ref === 'string'; hops++) {
    if (hops > 16) return undefined;
    here = resolveRef(here.$ref, root);
  }
  return here;
}

/**
 * The alternative a value is written in: an effect's by its "type", a trigger's by the fields it
 * has. Text inside a value that fits none is not looked for; zod reports the value itself.
 */
function choose(root: Node, choices: Node[], value: unknown): Node | undefined {
  let best: Node | undefined;
  let bestScore = -1;
  for (const choice of choices) {
    const node = deref(root, choice);
    if (node === undefined) continue;
    const score = fit(node, value);
    if (score > bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  return bestScore >= 0 ? best : undefined;
}

/** How well a value fits a node: -1 not at all, more for each of its fields the node names. */
function fit(node: Node, value: unknown): number {
  if (node.type === 'array') return Array.isArray(value) ? 0 : -1;
  if (node.type === 'string') return typeof value === 'string' ? 0 : -1;
  if (node.type === 'object' || isNode(node.properties)) {
    if (!isObj(value)) return -1;
    const props = isNode(node.properties) ? node.properties : {};
    let score = 0;
    for (const [key, def] of Object.entries(props)) {
      if (!Object.hasOwn(value, key)) continue;
      if (isNode(def) && 'const' in def && value[key] !== def.const) return -1;
      score++;
    }
    return score;
  }
  return Array.isArray(node.anyOf) || Array.isArray(node.oneOf) || Array.isArray(node.allOf)
    ? 0
    : -1;
}

/**
 * Where translatable text may appear, as patterns (`$.roles[].mandate`), read from the schema
 * alone; a definition met again inside itself (an incident's effects opening an incident) is
 * not followed twice.
 */
export function textFieldPatterns(): string[] {
  const root = scenarioJsonSchema();
  const out = new Set<string>();
  const walk = (node: Node, path: string, seen: ReadonlySet<string>): void => {
    let here: Node | undefined = node;
    let inside = seen;
    if (typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) return;
      inside = new Set([...seen, node.$ref]);
      here = deref(root, node);
    }
    if (here === undefined) return;
    if (isLocalTextNode(here)) {
      out.add(path);
      return;
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const choices = here[key];
      if (Array.isArray(choices)) for (const c of choices.filter(isNode)) walk(c, path, inside);
    }
    if (isNode(here.items)) walk(here.items, `${path}[]`, inside);
    if (isNode(here.properties)) {
      for (const [key, def] of Object.entries(here.properties))
        if (isNode(def)) walk(def, `${path === '$' ? '$' : path}.${key}`, inside);
    }
    if (isNode(here.additionalProperties)) walk(here.additionalProperties, `${path}.<key>`, inside);
  };
  walk(root, '$', new Set());
  return [...out];
}
