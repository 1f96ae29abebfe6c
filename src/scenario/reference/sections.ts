/**
 * The schema walked into the sections of the field reference: one per kind of object, in the
 * order a reader meets them, each field with its type in words, whether it is required and its
 * description.
 */
import type { JsonSchema } from '../jsonSchema';
import { isLocalTextNode } from '../translations/texts';
import { LANGUAGE_CODE } from '../languages';
import { isIdPattern } from '../../format';

type Node = Readonly<JsonSchema>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Row {
  field: string;
  type: string;
  /** True, false, or the condition under which it is required. */
  required: boolean | string;
  description: string;
}

interface Section {
  anchor: string;
  title: string;
  description: string;
  rows: Row[];
  /** For a choice between kinds of object (effects, metrics…): one table per kind. */
  variants: { title: string; description: string; rows: Row[] }[];
}

const SAFE_INTEGER = 2 ** 53 - 1;

export class Builder {
  readonly sections: Section[] = [];
  private readonly named = new Map<Node, string>();
  private readonly definitions: Record<string, Node>;

  /** Fields required only when a condition of the root does not hold, by path. */
  private readonly unlessTiled: Set<string>;

  constructor(root: Node) {
    this.definitions = isNode(root.definitions) ? (root.definitions as Record<string, Node>) : {};
    this.unlessTiled = requiredInElse(root);
  }

  /** The type of a field in words, linking to the section that describes an object. */
  typeOf(node: Node, path: string): string {
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;
    if (ref !== undefined) {
      const target = this.definitions[ref];
      if (!target) return ref;
      return isObjectLike(target) ? this.link(target, ref) : this.typeOf(target, ref);
    }
    if (Array.isArray(node.allOf) && node.allOf.length === 1 && isNode(node.allOf[0]))
      return this.typeOf(node.allOf[0], path);
    if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
    if (Array.isArray(node.enum))
      return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' or ');
    if (isLocalTextNode(node)) {
      const plain = (node.anyOf as unknown[]).find(
        (c): c is Node => isNode(c) && c.type === 'string',
      );
      return `[translatable text](#languages)${plain ? lengthRange(plain) : ''}`;
    }
    const choices = Array.isArray(node.anyOf)
      ? node.anyOf
      : Array.isArray(node.oneOf)
        ? node.oneOf
        : undefined;
    if (choices) {
      if (isObjectLike(node)) return this.link(node, path);
      return choices
        .filter(isNode)
        .map((c) => this.typeOf(c, path))
        .join(', or ');
    }
    switch (node.type) {
      case 'string':
        if (node.pattern === LANGUAGE_CODE.source) return 'language code';
        return isIdPattern(node.pattern) ? `[id](#ids)` : `text${lengthRange(node)}`;
      case 'integer':
        return `whole number${numberRange(node)}`;
      case 'number':
        return `number${numberRange(node)}`;
      case 'array':
        return this.arrayType(node, path);
      case 'object':
        if (isNode(node.properties)) return this.link(node, path);
        if (isNode(node.additionalProperties)) {
          const key = path.endsWith('indicators')
            ? 'indicator id'
            : path.endsWith('actionOverrides')
              ? 'action id'
              : 'text';
          return `object: ${key} → ${this.typeOf(node.additionalProperties, `${path}.<${key.replace(' id', '')}>`)}`;
        }
        return 'object';
      default:
        return 'value';
    }
  }

  private arrayType(node: Node, path: string): string {
    if (Array.isArray(node.items))
      return `[${node.items
        .filter(isNode)
        .map((i) => this.typeOf(i, path))
        .join(', ')}]`;
    const item = isNode(node.items) ? this.typeOf(node.items, `${path}[]`) : 'values';
    const items = item === 'language code' ? 'language codes' : item;
    const min =
      typeof node.minItems === 'number' && node.minItems > 0 ? `, at least ${node.minItems}` : '';
    return `list of ${items}${min}`;
  }

  /** A link to the section of an object, making the section the first time. */
  private link(node: Node, title: string): string {
    let anchor = this.named.get(node);
    if (anchor === undefined) {
      anchor = `ref-${
        title
          .replace(/^\$\.?/, '')
          .replace(/\[\]/g, '')
          .replace(/<(\w+)>/g, '$1')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'scenario'
      }`;
      this.named.set(node, anchor);
      this.section(node, title, anchor);
    }
    return `[${title}](#${anchor})`;
  }

  section(node: Node, title: string, anchor: string): void {
    const section: Section = {
      anchor,
      title,
      description: described(node),
      rows: [],
      variants: [],
    };
    this.sections.push(section);
    const choices = Array.isArray(node.oneOf)
      ? node.oneOf
      : Array.isArray(node.anyOf)
        ? node.anyOf
        : undefined;
    if (choices) {
      for (const choice of choices.filter(isNode)) {
        section.variants.push({
          title: variantTitle(choice),
          description: described(choice),
          rows: this.rows(choice, title),
        });
      }
    } else {
      section.rows = this.rows(node, title);
    }
  }

  private rows(node: Node, path: string): Row[] {
    const props = isNode(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required : [];
    return Object.entries(props)
      .filter((entry): entry is [string, Node] => isNode(entry[1]))
      .map(([field, def]) => ({
        field,
        required:
          required.includes(field) ||
          (this.unlessTiled.has(`${path}.${field}`) && 'unless `map.tiled` is set'),
        // Rows are filled in reading order; a nested section is made as its field is reached.
        type: this.typeOf(def, `${path === '$' ? '$' : path}.${field}`),
        description: described(def) || described(this.resolve(def)),
      }));
  }

  private resolve(node: Node): Node {
    if (typeof node.$ref === 'string')
      return this.definitions[node.$ref.replace('#/definitions/', '')] ?? node;
    if (Array.isArray(node.allOf) && isNode(node.allOf[0])) return this.resolve(node.allOf[0]);
    return node;
  }
}

/**
 * The root's "else" lists what the file must hold when "map.tiled" is not set (see jsonSchema.ts):
 * `properties.districts.items.required` becomes `$.districts[].shape` and so on.
 */
function requiredInElse(root: Node): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (!isNode(node)) return;
    if (Array.isArray(node.required))
      for (const f of node.required) out.add(`${path}.${String(f)}`);
    if (isNode(node.properties))
      for (const [k, v] of Object.entries(node.properties))
        walk(v, `${path === '$' ? '$' : path}.${k}`);
    if (isNode(node.items)) walk(node.items, `${path}[]`);
  };
  walk(root.else, '$');
  return out;
}

function isObjectLike(node: Node): boolean {
  if (node.type === 'object' && isNode(node.properties)) return true;
  const choices = Array.isArray(node.oneOf)
    ? node.oneOf
    : Array.isArray(node.anyOf)
      ? node.anyOf
      : undefined;
  return (
    choices !== undefined &&
    choices.length > 0 &&
    choices.every((c) => isNode(c) && c.type === 'object' && isNode(c.properties))
  );
}

function described(node: Node): string {
  return typeof node.description === 'string' ? node.description : '';
}

/** `"type": "indicator"` for a kind of effect, or the first words of its description. */
function variantTitle(node: Node): string {
  const props = isNode(node.properties) ? node.properties : {};
  for (const [key, def] of Object.entries(props)) {
    if (isNode(def) && 'const' in def) return `\`"${key}": ${JSON.stringify(def.const)}\``;
  }
  return `with ${Object.keys(props)
    .map((k) => `\`"${k}"\``)
    .join(' and ')}`;
}

function lengthRange(node: Node): string {
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  const max = typeof node.maxLength === 'number' ? node.maxLength : undefined;
  // Text may never be empty (the guide says so once); only a maximum is worth a word here.
  return max !== undefined ? `, ${min}–${max} characters` : '';
}

function numberRange(node: Node): string {
  const finite = (v: unknown) =>
    typeof v === 'number' && Math.abs(v) < SAFE_INTEGER ? v : undefined;
  const min = finite(node.minimum);
  const max = finite(node.maximum);
  const above = finite(node.exclusiveMinimum);
  if (min !== undefined && max !== undefined) return ` ${min} to ${max}`;
  if (min !== undefined) return ` ${min} or more`;
  if (above !== undefined) return ` greater than ${above}`;
  if (max !== undefined) return ` ${max} or less`;
  return '';
}
