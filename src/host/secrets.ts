/**
 * Tokens, secrets and codes. Every token a device holds is 32 bytes from the operating system's
 * generator (never a counter, never derived from an id), and the host keeps only its SHA-256: a
 * copy of the database lets nobody sit down as a team or as the facilitator. Codes are short
 * because people type them; they open a seat request, never a seat the facilitator must approve.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../net/protocol';

/** A secret to hand to one device (base64url, 43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** An opaque id: random, so ids say nothing about how many sessions or seats there are. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` is the one whose hash is `hash`, in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A session code of `CODE_LENGTH` characters without look-alikes, unused by `taken`. */
export function newCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}

/** A code as a person typed it: case and spaces and dashes forgiven. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
