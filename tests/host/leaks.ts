/**
 * The leak checker: reads a frame as sent (its text and every object in it) against the true game
 * at the frame's sequence number, and lists what the seat should not have been sent. The truth
 * comes from replaying the commands the host logged, never from the frame itself, so a host that
 * lies about what a team knows is caught as surely as one that says too much.
 */
import {
  advance,
  openLine,
  type Command,
  type GameState,
  type LocalText,
  type RoleId,
  type Rules,
} from '../../src/engine';

/** The state after each number of commands: `states[n]` is the game once n commands are played. */
export function statesOf(rules: Rules, seed: string, commands: readonly Command[]): GameState[] {
  let line = openLine(rules, seed);
  const states = [line.state];
  for (const cmd of commands) {
    line = advance(rules, line, cmd);
    states.push(line.state);
  }
  return states;
}

const texts = (t: LocalText | undefined): string[] =>
  t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t);

function walk(value: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => walk(v, visit));
  const o = value as Record<string, unknown>;
  visit(o);
  for (const v of Object.values(o)) walk(v, visit);
}

export interface Secrets {
  seed: string;
  /** Words only the facilitator typed (annotations, ratings): no team may read them. */
  staffNotes: string[];
}

/**
 * What `text` (one frame) shows that a seat playing `me` (null: the projector) may not know, with
 * `truth` the game at the frame's seq and `commands` the log up to it.
 */
export function leaksIn(
  text: string,
  rules: Rules,
  truth: GameState,
  commands: readonly Command[],
  me: RoleId | null,
  secrets: Secrets,
): string[] {
  const found: string[] = [];
  const value: unknown = JSON.parse(text);
  if (text.includes(secrets.seed)) found.push('the seed');
  walk(value, (o) => {
    if ('rng' in o || 'seed' in o || ('s0' in o && 's1' in o))
      found.push('the generator state or seed');
    if ('nextId' in o) found.push('the id counter');
  });
  if (truth.status === 'ended') return found;
  const sc = rules.scenario;
  const known = new Set(truth.roles.find((r) => r.id === me)?.knows ?? []);
  for (const f of sc.intelligence.filter((x) => !known.has(x.id))) {
    if (text.includes(JSON.stringify(f.id))) found.push(`the id of fact ${f.id}`);
    // Its text, which is the secret (a fact's short title may also be a public name: "Voice of
    // the Hills FM" is a radio station a public inject names).
    for (const t of texts(f.text))
      if (text.includes(JSON.stringify(t).slice(1, -1))) found.push(`the words of fact ${f.id}`);
  }
  for (const r of sc.roles.filter((x) => x.id !== me))
    for (const t of texts(r.privateObjective.description))
      if (text.includes(JSON.stringify(t).slice(1, -1))) found.push(`${r.id}'s private objective`);
  const received = (i: (typeof sc.injects)[number]) =>
    truth.firedInjects.includes(i.id) &&
    (i.recipients === 'all' || (me !== null && i.recipients.includes(me)));
  for (const i of sc.injects) {
    const secret = [...texts(i.expectedResponse), ...texts(i.objectiveTested)];
    if (!received(i)) secret.push(...texts(i.text));
    for (const t of secret)
      if (t.length > 12 && text.includes(JSON.stringify(t).slice(1, -1)))
        found.push(`inject ${i.id} (not received, or the facilitator's notes on it)`);
  }
  for (const c of commands)
    if (c.type === 'message' && c.to !== 'all' && c.role !== me && c.to !== me)
      if (text.includes(JSON.stringify(c.text).slice(1, -1)))
        found.push(`a message from ${c.role} to ${c.to}`);
  for (const note of secrets.staffNotes) if (text.includes(note)) found.push('a facilitator note');
  walk(value, (o) => {
    if (
      'role' in o &&
      'action' in o &&
      'district' in o &&
      typeof o.id === 'number' &&
      o.role !== me
    )
      found.push(`an order of ${String(o.role)}`);
    if ('lead' in o && 'partners' in o && 'responses' in o) {
      const partners = o.partners as RoleId[];
      if (o.lead !== me && !(me !== null && partners.includes(me)))
        found.push(`a proposal of ${String(o.lead)}`);
    }
    if (('knows' in o || 'apLeft' in o) && 'committed' in o && o.id !== me)
      found.push(`the facts or action points of ${String(o.id)}`);
    if (Array.isArray(o.deck) && o.deck.length > 0) found.push('the event deck');
    if (Array.isArray(o.scheduledInjects) && o.scheduledInjects.length > 0)
      found.push('the inject schedule');
    if (o.kind === 'message' && Array.isArray(o.visibleTo) && !(me && o.visibleTo.includes(me)))
      found.push('a message entry for others');
  });
  return [...new Set(found)];
}
