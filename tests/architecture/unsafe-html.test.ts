/**
 * No source file may turn text into markup: every string reaches the page as text or as an
 * attribute value. Scenario, save and other-device text is untrusted, and these are the ways a
 * browser (or a rendering library) parses a string as HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const UNSAFE: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['.innerHTML', /\.innerHTML\b/],
  ['outerHTML =', /\.outerHTML\s*=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['unsafeHTML', /unsafeHTML/],
  ['DOMParser', /\bDOMParser\b/],
  ['createContextualFragment', /createContextualFragment/],
  ['document.write', /document\s*\.\s*write(ln)?\s*\(/],
];

/** The unsafe constructs a text uses, by name. */
export function unsafeIn(text: string): string[] {
  return UNSAFE.filter(([, re]) => re.test(text)).map(([name]) => name);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(d.name) ? [path] : [];
  });
}

describe('no HTML is parsed from text', () => {
  it('the detector catches each construct (a control)', () => {
    const offending = [
      "h('div', { dangerouslySetInnerHTML: { __html: s } })",
      'el.innerHTML = scenario.title;',
      'const html = el.innerHTML;',
      'node.outerHTML = text;',
      "el.insertAdjacentHTML('beforeend', s)",
      'html`${unsafeHTML(s)}`',
      "new DOMParser().parseFromString(s, 'text/html')",
      'document.createRange().createContextualFragment(s)',
      'document.write(s)',
    ];
    const caught = offending.map(unsafeIn);
    for (const [i, names] of caught.entries()) expect(names, offending[i]).toHaveLength(1);
    expect(new Set(caught.flat()).size).toBe(UNSAFE.length);
    // Reading outerHTML (a comparison) is not writing it; plain text is not HTML.
    expect(unsafeIn('if (el.outerHTML === before) return;')).toEqual([]);
    expect(unsafeIn("h('p', null, scenario.title)")).toEqual([]);
  });

  it('appears nowhere in src/', () => {
    const files = sources(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const found = files
      .map((f) => ({ file: relative(root, f), uses: unsafeIn(readFileSync(f, 'utf8')) }))
      .filter((x) => x.uses.length > 0);
    expect(found).toEqual([]);
  });
});
