/**
 * A tiny DOM builder. Scenario text is untrusted, so every string becomes a text node: nothing
 * here ever parses HTML. Attributes are set one by one; `on*` functions become listeners.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

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
    | Record<string, string>;
};

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(
    typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child))
      : child,
  );
}

/** `h('button', { type: 'button', onclick: go }, 'Start')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2), value as Listener);
      } else if (key === 'style' && typeof value === 'object') {
        Object.assign(el.style, value);
      } else if (key === 'dataset' && typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, string>)) el.dataset[k] = v;
      } else if (key === 'class') {
        el.className = String(value);
      } else if (
        key === 'value' &&
        (el instanceof HTMLInputElement ||
          el instanceof HTMLSelectElement ||
          el instanceof HTMLTextAreaElement)
      ) {
        el.value = String(value);
      } else if (
        (key === 'checked' || key === 'selected' || key === 'disabled' || key === 'open') &&
        typeof value === 'boolean'
      ) {
        (el as unknown as Record<string, boolean>)[key] = value;
        if (value) el.setAttribute(key, '');
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

/** SVG elements, for small icons drawn in the DOM. */
export function svg(
  tag: string,
  attrs: Record<string, string | number>,
  ...children: SVGElement[]
): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replaces an element's children. */
export function mount(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

/** Lets the user save text as a file. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, style: { display: 'none' } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
