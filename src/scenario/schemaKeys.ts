/**
 * Which fields an object at a given path may have, read from the generated JSON Schema; used to
 * suggest the intended field for a misspelt one. Where a list of alternatives applies (an effect's
 * "type"), the alternatives whose constant fields agree with the object are preferred.
 */
import { scenarioJsonSchema, type JsonSchema } from './jsonSchema';

type Node = Readonly<JsonSchema>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema nodes that may apply at a path (several where alternatives are allowed). */
function nodesAt(path: readonly PropertyKey[]): Node[] {
  const root = scenarioJsonSchema();
  let nodes = expand(root, root);
  for (const seg of path) {
    const next: Node[] = [];
    for (const node of nodes) {
      const child = childOf(node, seg);
      if (child) next.push(...expand(child, root));
    }
    nodes = next;
    if (nodes.length === 0) return [];
  }
  return nodes;
}

/** "a whole number from 0 to 100" where the schema says so; undefined where it is not a number. */
export function numberAt(path: readonly PropertyKey[]): string | undefined {
  const node = nodesAt(path).find((n) => n.type === 'integer' || n.type === 'number');
  if (!node) return undefined;
  const what = node.type === 'integer' ? 'a whole number' : 'a number';
  const safe = (v: unknown) =>
    typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined;
  const min = safe(node.minimum);
  const max = safe(node.maximum);
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what} of at least ${min}`;
  if (max !== undefined) return `${what} of at most ${max}`;
  return what;
}

export function allowedKeysAt(path: readonly PropertyKey[], value: unknown): string[] {
  const nodes = nodesAt(path);
  const objects = nodes.filter((n) => isNode(n.properties));
  const agreeing = objects.filter((n) => constantsAgree(n, value));
  const keys = new Set<string>();
  for (const n of agreeing.length > 0 ? agreeing : objects) {
    for (const key of Object.keys(n.properties as Node)) keys.add(key);
  }
  return [...keys];
}

function childOf(node: Node, seg: PropertyKey): Node | undefined {
  if (typeof seg === 'number') {
    const items = node.items;
    if (Array.isArray(items)) return isNode(items[seg]) ? items[seg] : undefined;
    return isNode(items) ? items : undefined;
  }
  const props = node.properties;
  if (isNode(props) && typeof seg === 'string' && Object.hasOwn(props, seg)) {
    const p = props[seg];
    return isNode(p) ? p : undefined;
  }
  return isNode(node.additionalProperties) ? node.additionalProperties : undefined;
}

/** The node itself, or its alternatives, with references followed. */
function expand(node: Node, root: Node, depth = 0): Node[] {
  if (depth > 16) return [];
  const ref = node.$ref;
  if (typeof ref === 'string') {
    const target = resolveRef(ref, root);
    return target ? expand(target, root, depth + 1) : [];
  }
  const alternatives = [node.oneOf, node.anyOf, node.allOf].find(Array.isArray);
  if (alternatives) return alternatives.filter(isNode).flatMap((n) => expand(n, root, depth + 1));
  return [node];
}

/** The schema node a local `$ref` ("#/$defs/effect") points at, if any. */
export function resolveRef(ref: string, root: Node): Node | undefined {
  if (ref === '#') return root;
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    if (!isNode(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return isNode(node) ? node : undefined;
}

function constantsAgree(node: Node, value: unknown): boolean {
  if (!isNode(value)) return false;
  const props = node.properties as Node;
  for (const [key, def] of Object.entries(props)) {
    if (isNode(def) && 'const' in def && Object.hasOwn(value, key) && value[key] !== def.const)
      return false;
  }
  return true;
}
