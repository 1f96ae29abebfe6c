/**
 * Small modules named for their job: a file of `src/` over 400 lines says at its top why it is
 * kept whole (the same rule the team's before-stop hook applies to a change). A file that grew
 * past the limit without a reason fails here, named with its length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const LIMIT = 400;
/** The words the hook accepts as a reason, looked for in a file's first 15 lines. */
const REASON = /long|lines|kept (together|whole)|one file/i;

function lineCount(text: string): number {
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

/** Why a file is too long without saying so, or null when it is fine. */
export function lengthFault(text: string): string | null {
  const n = lineCount(text);
  if (n <= LIMIT) return null;
  const top = text.split('\n').slice(0, 15).join('\n');
  return REASON.test(top) ? null : `${n} lines, no reason at its top`;
}

describe('file length', () => {
  it('flags a long file with no reason, and accepts one that gives it (control)', () => {
    const body = 'const x = 1;\n'.repeat(LIMIT + 1);
    expect(lengthFault(`/** A module. */\n${body}`)).toMatch(/^402 lines/);
    expect(lengthFault(`/** A module, kept whole: one state machine. */\n${body}`)).toBeNull();
    expect(lengthFault('const x = 1;\n'.repeat(LIMIT))).toBeNull();
  });

  it('every file of src/ over 400 lines says why at its top', () => {
    const faults = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .flatMap((f) => {
        const fault = lengthFault(readFileSync(join(SRC, f), 'utf8'));
        return fault ? [`src/${f}: ${fault}`] : [];
      });
    expect(faults).toEqual([]);
  });
});
