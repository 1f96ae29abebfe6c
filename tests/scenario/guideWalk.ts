/**
 * Reads the tutorial of docs/scenario-authoring.md the way a reader follows it, so a test can
 * check that its snippets add up to the kept fixture and that every output it shows is what the
 * tools print. The guide marks its blocks with HTML comments, invisible when rendered:
 *
 *   <!-- guide:step -->      the next ```json block is added to the file (a fragment of its top
 *                            level, or a whole object)
 *   <!-- guide:try -->       the same, but only for the next output shown
 *   <!-- guide:mistake set $.a[0].b = JSON -->   or   <!-- guide:mistake delete $.a[0].b -->
 *                            a slip of the pen, only for the next output shown
 *   <!-- guide:validate -->  the next ```text block is what `npm run validate` prints
 *   <!-- guide:balance -->   the next ```text block is what `npm run balance -- … --games 100`
 *   prints
 *
 * In an output block, a line "..." stands for lines left out.
 */
import { compileRules } from '../../src/engine';
import { analyse } from '../../src/cli/balance/analyse';
import { playBalance } from '../../src/cli/balance/collect';
import { parseScenarioText } from '../../src/scenario/load';
import type { Json } from './helpers';

export const FILE = 'scenarios/river-town.json';
export const BALANCE_GAMES = 100;

export interface Check {
  kind: 'validate' | 'balance';
  /** Line of the output block in the guide, for messages. */
  line: number;
  expected: string[];
  actual: string[];
}

interface Block {
  marker: string;
  line: number;
  lang: string;
  body: string;
}

/** Marker comments, each with the fenced block that follows it (if any). */
function blocks(guide: string): Block[] {
  const lines = guide.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^<!-- guide:(.*?) -->$/.exec(lines[i]!.trim());
    if (!m) continue;
    const marker = m[1]!;
    if (marker.startsWith('mistake')) {
      out.push({ marker, line: i + 1, lang: '', body: '' });
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const fence = /^```(\w*)$/.exec(lines[j] ?? '');
    if (!fence)
      throw new Error(`line ${i + 1}: <!-- guide:${marker} --> is not followed by a fenced block`);
    let k = j + 1;
    while (k < lines.length && lines[k] !== '```') k++;
    out.push({ marker, line: j + 1, lang: fence[1]!, body: lines.slice(j + 1, k).join('\n') });
    i = k;
  }
  return out;
}

function fragment(body: string, line: number): Json {
  const text = body.trim().startsWith('{') ? body : `{${body}}`;
  try {
    return JSON.parse(text) as Json;
  } catch (err) {
    throw new Error(`line ${line}: the snippet is not JSON: ${String(err)}`, { cause: err });
  }
}

/** `$.districts[0].neighbours[1]` as keys. */
function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]/gy;
  re.lastIndex = 1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) keys.push(m[1] !== undefined ? m[1] : Number(m[2]));
  if (re.lastIndex !== 0 && re.lastIndex < path.length)
    throw new Error(`cannot read the path ${path}`);
  return keys;
}

function applyMistake(state: Json, marker: string, line: number): void {
  const m = /^mistake (set|delete) (\S+)(?: = (.*))?$/.exec(marker);
  if (!m) throw new Error(`line ${line}: cannot read "${marker}"`);
  const keys = parsePath(m[2]!);
  const last = keys.pop()!;
  let target: Json = state;
  for (const k of keys) target = target[k];
  if (m[1] === 'delete') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else {
    target[last] = JSON.parse(m[3]!);
  }
}

function validateLines(state: Json): string[] {
  const result = parseScenarioText(JSON.stringify(state, null, 2), FILE);
  const line = (p: { path: string; message: string; suggestion?: string; severity: string }) =>
    `${FILE}: ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`;
  const lines = result.ok ? [] : result.problems.map(line);
  lines.push(...result.warnings.map(line));
  if (result.ok) lines.push(`${FILE}: ok`);
  return lines;
}

function balanceLines(state: Json): string[] {
  const parsed = parseScenarioText(JSON.stringify(state), FILE);
  if (!parsed.ok) return parsed.problems.map((p) => `${p.path}: ${p.message}`);
  const rules = compileRules(parsed.scenario);
  const report = analyse(
    rules,
    playBalance(rules, BALANCE_GAMES, 'balance'),
    BALANCE_GAMES,
    'balance',
  );
  const base = `reports/balance-${rules.scenario.id}`;
  return [
    report.spread.sentence,
    ...report.extremes,
    `wrote ${base}.md, ${base}.json and ${base}.svg`,
  ];
}

/**
 * Follows the tutorial; returns the file it builds and every output it shows, with the real one.
 */
export function walkGuide(guide: string): { scenario: Json; checks: Check[] } {
  let state: Json = {};
  let pending: ((s: Json) => void)[] = [];
  const checks: Check[] = [];
  for (const b of blocks(guide)) {
    if (b.marker === 'step') {
      Object.assign(state, fragment(b.body, b.line));
    } else if (b.marker === 'try') {
      const f = fragment(b.body, b.line);
      pending.push((s) => Object.assign(s, f));
    } else if (b.marker.startsWith('mistake')) {
      pending.push((s) => applyMistake(s, b.marker, b.line));
    } else if (b.marker === 'validate' || b.marker === 'balance') {
      const copy = structuredClone(state);
      for (const p of pending) p(copy);
      pending = [];
      const actual = b.marker === 'validate' ? validateLines(copy) : balanceLines(copy);
      checks.push({ kind: b.marker, line: b.line, expected: b.body.split('\n'), actual });
    } else {
      throw new Error(`line ${b.line}: unknown marker guide:${b.marker}`);
    }
  }
  state = JSON.parse(JSON.stringify(state));
  return { scenario: state, checks };
}

/** Whether the shown lines are the actual ones, where "..." may stand for any run of lines. */
export function shows(expected: string[], actual: string[]): boolean {
  if (!expected.includes('...')) return expected.join('\n') === actual.join('\n');
  let at = 0;
  for (const line of expected) {
    if (line === '...') continue;
    const found = actual.indexOf(line, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}
