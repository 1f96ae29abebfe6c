/**
 * How screens are built: `h()` is preact's, typed for the way the screens call it, so a screen
 * returns a description (a VNode) and preact brings the page to it in place. Scenario text is
 * untrusted: strings become text nodes and attribute values, never markup. Preact parses HTML only
 * through one prop, which tests/architecture/unsafe-html.test.ts forbids (with every other way to
 * parse markup) anywhere in src/.
 *
 * `el()` builds real elements, for the few nodes that live outside preact's tree and are kept for
 * the app's whole life (the map panel's frame, the two modal dialogs).
 */
import {
  Component,
  createRef,
  h as preactH,
  type ComponentChildren,
  type ComponentType,
  type VNode,
} from 'preact';

export type View = VNode;
export type Child = ComponentChildren;

type Listener = (ev: Event) => void;
export type Attrs = {
  [key: string]:
    | string
    | number
    | boolean
    | null
    | undefined
    | Listener
    | Partial<CSSStyleDeclaration>
    | { current: unknown };
};

/**
 * `h('button', { type: 'button', onclick: go }, 'Start')`. Attributes given as null or undefined
 * are left out, as if not written; `key` tells preact which item of a list is which. A component
 * (`Why`, `Countdown`, `Island`) takes its own props as they are.
 */
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): View;
export function h<P>(tag: ComponentType<P>, props: P, ...children: Child[]): View;
export function h(
  tag: string | ComponentType<Record<string, unknown>>,
  attrs?: Record<string, unknown> | null,
  ...children: Child[]
): View {
  if (typeof tag !== 'string') return preactH(tag, attrs ?? {}, ...children) as View;
  const props: Record<string, unknown> = {};
  if (attrs)
    for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) props[k] = v;
  return preactH(tag, props, ...children) as View;
}

/** A real element, made once: attributes are set one by one, `on*` functions become listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | Listener> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** Lets the user save text as a file. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: filename, hidden: '' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A hidden file input and a way to open it from a button: `open` clicks the input the render
 * placed, whichever node preact keeps for it.
 */
export function filePicker(attrs: Attrs): { input: View; open: () => void } {
  const ref = createRef<HTMLInputElement>();
  return { input: h('input', { type: 'file', ...attrs, ref }), open: () => ref.current?.click() };
}

interface IslandProps {
  tag: string;
  attrs: Attrs;
  node: HTMLElement;
}

/**
 * A container preact renders with no children, holding a node that draws itself (the Phaser map
 * panel): renders neither recreate nor touch the node, and a new screen's container takes it over.
 */
class Island extends Component<IslandProps> {
  private place(): void {
    const box = this.base as Element | undefined;
    if (box && this.props.node.parentNode !== box) box.appendChild(this.props.node);
  }
  override componentDidMount(): void {
    this.place();
  }
  override componentDidUpdate(): void {
    this.place();
  }
  override componentWillUnmount(): void {
    // Another container may have taken the node already; leave it there.
    if (this.props.node.parentNode === this.base) this.props.node.remove();
  }
  override render(): View {
    return h(this.props.tag, this.props.attrs);
  }
}

export function island(tag: string, attrs: Attrs, node: HTMLElement): View {
  return h(Island, { tag, attrs, node });
}

/**
 * A catalogue sentence with elements inside it: `slots('Open {file} now', { file: h('code', …) })`.
 * Each `{name}` becomes the child given for it (an element or text); the words around stay text,
 * so a translation may put the slots wherever its grammar wants them. Unknown names stay as
 * written.
 */
export function slots(template: string, values: Record<string, Child>): Child[] {
  const out: Child[] = [];
  const re = /\{(\w+)\}/g;
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (!Object.hasOwn(values, m[1]!)) continue;
    if (m.index > at) out.push(template.slice(at, m.index));
    out.push(values[m[1]!]!);
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  return out;
}
