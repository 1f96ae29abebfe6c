/**
 * Every frame a device sends, read as input: size first, then JSON, then the shape of one of the
 * protocol's messages (`ClientMessage`), each field typed and bounded, unknown fields refused. A
 * command inside goes through the engine's own command parser, the one a save file's commands go
 * through. Nothing is thrown: a frame is a message or the reason it is not one.
 */
import { z } from 'zod';
import { POLICY_IDS, type Command } from '../engine';
import { parseCommandValue } from '../engine/save';
import { MAX_TIMER_SECONDS } from '../authority';
import { guardValue } from '../format';
import {
  MAX_CLIENT_FRAME_BYTES,
  MAX_COMMAND_ID,
  MAX_SEAT_NAME,
  type ClientMessage,
  type Refusal,
} from '../net/protocol';

const id = z.string().min(1).max(64);
const secret = z.string().min(1).max(200);
const role = z.string().min(1).max(200);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const policy = z.enum(POLICY_IDS as [string, ...string[]]);

const messageSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('lobby'), code: z.string().min(1).max(20) }),
  z.strictObject({
    t: z.literal('join'),
    code: z.string().min(1).max(20),
    seat: z.enum(['team', 'projector', 'evaluator']),
    role: role.optional(),
    name: z.string().max(MAX_SEAT_NAME).optional(),
  }),
  z.strictObject({
    t: z.literal('resume'),
    session: id,
    token: secret,
    lastSeq: seq,
    logLength: seq,
    scenarioRev: z.string().max(64).optional(),
  }),
  z.strictObject({
    t: z.literal('facilitate'),
    session: id,
    secret,
    lastSeq: seq.optional(),
    logLength: seq.optional(),
    scenarioRev: z.string().max(64).optional(),
  }),
  z.strictObject({
    t: z.literal('command'),
    id: z.string().regex(new RegExp(`^[A-Za-z0-9_.:-]{1,${MAX_COMMAND_ID}}$`)),
    seq,
    // Checked by the engine's command parser below, once the host has stamped a message's time.
    command: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({
    t: z.literal('seatAdmin'),
    op: z.enum(['approve', 'refuse', 'free', 'move', 'toPolicy', 'toTeam']),
    request: id.optional(),
    seat: id.optional(),
    role: role.optional(),
    policy: policy.optional(),
  }),
  z.strictObject({ t: z.literal('start'), policy: policy.optional() }),
  z.strictObject({
    t: z.literal('timer'),
    op: z.enum(['set', 'start', 'pause', 'clear']),
    seconds: z.number().int().min(0).max(MAX_TIMER_SECONDS).optional(),
  }),
  z.strictObject({ t: z.literal('export') }),
  z.strictObject({ t: z.literal('list'), admin: secret }),
  z.strictObject({
    t: z.literal('create'),
    admin: secret,
    scenario: z.string().min(1).max(200),
    seed: z.string().max(200).optional(),
  }),
  z.strictObject({ t: z.literal('reissue'), admin: secret, session: id }),
]);

export type Inbound = { ok: true; message: ClientMessage } | { ok: false; reason: Refusal };

const refuse = (host: Extract<Refusal, { host: unknown }>['host'], detail?: string): Inbound => ({
  ok: false,
  reason: detail === undefined ? { host } : { host, detail },
});

/** What a frame says, or why it says nothing the host will act on. */
export function readFrame(frame: string): Inbound {
  if (Buffer.byteLength(frame, 'utf8') > MAX_CLIENT_FRAME_BYTES) return refuse('tooLarge');
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return refuse('notJson');
  }
  const guard = guardValue(value, 'a message');
  if (guard.problems[0]) return refuse('badMessage', guard.problems[0].message);
  const parsed = messageSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse('badMessage', `${['$', ...issue.path].join('.')}: ${issue.message}`);
  }
  const m = parsed.data;
  // The seat admin's and the timer's operations each need their own fields.
  if (m.t === 'seatAdmin') {
    const need = {
      approve: 'request',
      refuse: 'request',
      free: 'seat',
      move: 'seat',
      toPolicy: 'role',
      toTeam: 'role',
    } as const;
    const field = need[m.op];
    if (m[field] === undefined || (m.op === 'move' && m.role === undefined))
      return refuse(
        'badMessage',
        `$.${m[field] === undefined ? field : 'role'}: required for ${m.op}`,
      );
  }
  if (m.t === 'timer' && m.op === 'set' && m.seconds === undefined)
    return refuse('badMessage', '$.seconds: required to set the timer');
  return { ok: true, message: m as ClientMessage };
}

/**
 * A command as a device sent it, made whole by the host (a message's time, `at`, is the host's
 * clock, whatever the device said) and checked by the engine's parser.
 */
export function readCommand(value: Record<string, unknown>, now: number): Command | Refusal {
  const stamped = value.type === 'message' ? { ...value, at: now } : value;
  const parsed = parseCommandValue(stamped);
  if (!parsed.ok)
    return { host: 'badMessage', detail: `$.command${parsed.path.slice(1)}: ${parsed.message}` };
  return parsed.command;
}
