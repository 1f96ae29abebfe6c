/**
 * A strict JSON reader that only checks. It runs before `JSON.parse` for three reasons: the limits
 * (nesting, list length) are enforced before any value is built; syntax errors get a line,
 * column and plain words in every browser (engines word their own messages differently); and
 * repeated keys, which `JSON.parse` resolves in silence, can be reported.
 *
 * Recursion is bounded by the nesting limit, so deep input cannot exhaust the stack.
 */
import { MAX_ARRAY_LENGTH, MAX_DEPTH } from './guard';
import { formatPath, problem, quote, type Path, type PathSegment, type Problem } from './problems';

export type ScanResult =
  | {
      ok: true;
      warnings: Problem[];
      /** Every field given twice in one object, by path (the path ends with its name). */
      repeated: Path[];
    }
  | { ok: false; problem: Problem };

class ScanError {
  constructor(
    readonly message: string,
    readonly pos: number,
    /** Limits are refusals, not syntax: their message reads differently. */
    readonly refusal = false,
  ) {}
}

/** `what` names the kind of file in messages ("a scenario", "a save"). */
export function scanJson(text: string, what = 'a scenario'): ScanResult {
  const s = new Scanner(text, what);
  try {
    s.ws();
    if (s.pos >= text.length) throw new ScanError('the file is empty; expected a JSON object', 0);
    s.value(1);
    s.ws();
    if (s.pos < text.length) throw s.unexpected('the end of the file');
    return { ok: true, warnings: s.warnings, repeated: s.repeated };
  } catch (err) {
    if (!(err instanceof ScanError)) throw err;
    const { line, column } = lineColumn(text, err.pos);
    const where = `line ${line}, column ${column}`;
    const message = err.refusal
      ? `${err.message} (at ${where})`
      : `not valid JSON at ${where}: ${err.message}`;
    return { ok: false, problem: problem('error', [], message) };
  }
}

export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class Scanner {
  pos = 0;
  readonly warnings: Problem[] = [];
  readonly repeated: Path[] = [];
  private readonly path: PathSegment[] = [];

  constructor(
    private readonly text: string,
    private readonly what: string,
  ) {}

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else if (c === 47 && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) {
        throw new ScanError('comments are not allowed in JSON', this.pos);
      } else break;
    }
  }

  value(depth: number): void {
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (depth > MAX_DEPTH) {
        throw new ScanError(
          `the file nests deeper than ${MAX_DEPTH} levels; ${this.what} never needs that`,
          this.pos,
          true,
        );
      }
      if (c === '{') this.object(depth);
      else this.array(depth);
    } else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else if (c === "'")
      throw new ScanError('text in JSON goes in double quotes ("), not single quotes', this.pos);
    else
      throw this.unexpected(
        'a value (an object, list, text in double quotes, number, true, false or null)',
      );
  }

  private object(depth: number): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') {
        const c = this.text[this.pos];
        if (c === '}') throw new ScanError('a comma before } is not allowed in JSON', this.pos);
        if (c === "'")
          throw new ScanError(
            'field names in JSON go in double quotes ("), not single quotes',
            this.pos,
          );
        throw this.unexpected('a field name in double quotes');
      }
      const key = this.string();
      this.path.push(key);
      if (seen.has(key)) {
        this.repeated.push([...this.path]);
        this.warnings.push(
          problem(
            'warning',
            this.path,
            `the field ${quote(key)} appears more than once in this object; only the last one counts`,
            'remove the repeats',
          ),
        );
      }
      seen.add(key);
      this.ws();
      if (this.text[this.pos] !== ':') throw this.unexpected("':' after the field name");
      this.pos++;
      this.ws();
      this.value(depth + 1);
      this.path.pop();
      this.ws();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return;
      if (c !== ',') {
        this.pos--;
        throw this.unexpected("',' or '}' after a value");
      }
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      if (i >= MAX_ARRAY_LENGTH) {
        throw new ScanError(
          `the list at ${formatPath(this.path)} has more than ${MAX_ARRAY_LENGTH} items`,
          this.pos,
          true,
        );
      }
      this.ws();
      if (this.text[this.pos] === ']')
        throw new ScanError('a comma before ] is not allowed in JSON', this.pos);
      this.path.push(i);
      this.value(depth + 1);
      this.path.pop();
      this.ws();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return;
      if (c !== ',') {
        this.pos--;
        throw this.unexpected("',' or ']' after a value");
      }
    }
  }

  /** Reads a string and returns its value. */
  private string(): string {
    const t = this.text;
    const start = this.pos;
    let escaped = false;
    this.pos++;
    for (;;) {
      if (this.pos >= t.length) throw new ScanError('text that is never closed with "', start);
      const c = t.charCodeAt(this.pos);
      if (c === 34) break;
      if (c < 32) {
        throw new ScanError(
          'a line break or control character inside text; write \\n for a new line',
          this.pos,
        );
      }
      if (c === 92) {
        escaped = true;
        const e = t[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
            throw new ScanError('\\u must be followed by 4 hexadecimal digits', this.pos);
          }
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          throw new ScanError(
            `invalid escape ${e === undefined ? '\\' : quote(`\\${e}`)} in text`,
            this.pos,
          );
        }
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.pos++;
    const raw = t.slice(start + 1, this.pos - 1);
    return escaped ? (JSON.parse(t.slice(start, this.pos)) as string) : raw;
  }

  private number(): void {
    const m = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    m.lastIndex = this.pos;
    const found = m.exec(this.text);
    if (!found || found[0] === '-') throw new ScanError('a malformed number', this.pos);
    const next = this.text[this.pos + found[0].length];
    if (next !== undefined && /[0-9.eE+\-xXa-zA-Z_]/.test(next)) {
      throw new ScanError(
        'a malformed number (JSON numbers have no leading zeros, hex or trailing dots)',
        this.pos,
      );
    }
    this.pos += found[0].length;
  }

  unexpected(expected: string): ScanError {
    const c = this.text[this.pos];
    const found =
      c === undefined ? 'the end of the file' : describeChar(this.text.codePointAt(this.pos) ?? 0);
    return new ScanError(`expected ${expected}, found ${found}`, this.pos);
  }
}

function describeChar(code: number): string {
  if (code < 32 || (code >= 0x7f && code <= 0x9f))
    return `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return quote(String.fromCodePoint(code));
}
