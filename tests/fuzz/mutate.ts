/**
 * Structure-aware mutation of JSON documents for fuzzing: values of the wrong type, missing and
 * hostile keys, renamed references, absurd sizes; and byte-level damage to the text.
 */
import seedrandom from 'seedrandom';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export class Mutator {
  private readonly rng: seedrandom.PRNG;
  constructor(seed: string) {
    this.rng = seedrandom.alea(seed);
  }
  int(n: number): number {
    return Math.floor(this.rng() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  randomValue(depth = 0): Json {
    switch (this.int(depth > 2 ? 8 : 10)) {
      case 0:
        return null;
      case 1:
        return this.rng() < 0.5;
      case 2:
        return this.pick([
          0,
          -1,
          1,
          100,
          101,
          1e308,
          -1e308,
          0.5,
          Number.MAX_SAFE_INTEGER,
          2 ** 31,
        ]);
      case 3:
        return '';
      case 4:
        return this.pick([
          'x',
          'harbour',
          '@all',
          '<script>alert(1)</script>',
          '\u0000\u001b[2J',
          'é'.repeat(50),
          'security',
        ]);
      case 5:
        return 'A'.repeat(this.pick([1000, 100000]));
      case 6:
        return [];
      case 7:
        return {};
      case 8:
        return Array.from({ length: this.int(4) }, () => this.randomValue(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: this.int(3) }, (_, i) => [`k${i}`, this.randomValue(depth + 1)]),
        );
    }
  }

  /** Every container in the tree, with a way to change one of its slots. */
  private slots(root: Json): { parent: Json[] | { [k: string]: Json }; key: string | number }[] {
    const out: { parent: Json[] | { [k: string]: Json }; key: string | number }[] = [];
    const walk = (node: Json) => {
      if (Array.isArray(node))
        node.forEach((v, i) => {
          out.push({ parent: node, key: i });
          walk(v);
        });
      else if (node && typeof node === 'object')
        for (const k of Object.keys(node)) {
          out.push({ parent: node, key: k });
          walk(node[k]!);
        }
    };
    walk(root);
    return out;
  }

  private strings(root: Json): string[] {
    const out: string[] = [];
    const walk = (n: Json) => {
      if (typeof n === 'string') out.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') Object.values(n).forEach(walk);
    };
    walk(root);
    return out;
  }

  /** Applies 1–4 structural mutations to a deep copy. */
  mutate(doc: Json): Json {
    const root = structuredClone(doc);
    const times = 1 + this.int(4);
    for (let t = 0; t < times; t++) {
      const slots = this.slots(root);
      if (!slots.length) break;
      const { parent, key } = this.pick(slots);
      const get = () => (parent as Record<string | number, Json>)[key]!;
      const set = (v: Json) => {
        (parent as Record<string | number, Json>)[key] = v;
      };
      switch (this.int(9)) {
        case 0: // remove
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key as string];
          break;
        case 1:
          set(this.randomValue());
          break;
        case 2: {
          // a reference renamed to another string of the document or a near miss
          const v = get();
          if (typeof v === 'string')
            set(this.rng() < 0.5 ? this.pick(this.strings(root)) : `${v}x`);
          else set(this.randomValue());
          break;
        }
        case 3:
          if (Array.isArray(parent)) parent.push(structuredClone(get()));
          break; // duplicate
        case 4:
          if (!Array.isArray(parent))
            Object.defineProperty(parent, this.pick(['__proto__', 'constructor', 'prototype']), {
              value: { polluted: true },
              enumerable: true,
              configurable: true,
              writable: true,
            });
          break;
        case 5: {
          // deep nesting
          let v: Json = 1;
          for (let i = 0; i < this.pick([10, 70, 5000]); i++) v = [v];
          set(v);
          break;
        }
        case 6: {
          const v = get();
          if (typeof v === 'number') set(this.pick([v + 1, v - 1, -v, v * 1000, v + 0.5]));
          break;
        }
        case 7: {
          const v = get();
          if (Array.isArray(v))
            set(
              this.rng() < 0.5
                ? []
                : Array.from({ length: this.pick([2, 12000]) }, () =>
                    typeof v[0] === 'object' ? null : (v[0] ?? null),
                  ),
            );
          break;
        }
        default: {
          // a value from elsewhere in the document, where it does not belong
          const other = this.pick(slots);
          set(structuredClone((other.parent as Record<string | number, Json>)[other.key]!));
        }
      }
    }
    return root;
  }

  /** Damage at the level of the text: cuts, flipped characters, random bytes. */
  damageText(text: string): string {
    switch (this.int(5)) {
      case 0:
        return text.slice(0, this.int(text.length + 1));
      case 1: {
        const i = this.int(text.length + 1);
        return (
          text.slice(0, i) +
          this.pick(['{', '}', '[', ']', ',', '"', ':', '\\', '\u0000', 'NaN', '1e999']) +
          text.slice(i)
        );
      }
      case 2:
        return Array.from({ length: this.int(300) }, () => String.fromCharCode(this.int(256))).join(
          '',
        );
      case 3:
        return text.replace(/"([a-z]+)":/i, '$1:');
      default: {
        const i = this.int(text.length);
        return text.slice(0, i) + String.fromCharCode(this.int(0xffff)) + text.slice(i + 1);
      }
    }
  }
}

/** How many inputs each fuzz test feeds; `FUZZ_RUNS=100000 npm test` for a longer run. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
