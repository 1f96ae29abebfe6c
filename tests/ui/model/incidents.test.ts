/**
 * What answers an open incident (`src/ui/model/incidents.ts`): its expected response in the words
 * of the report, the team's orders that answer it, and the marks of the order builder, checked
 * against what the engine then did in whole played games.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  gameSeed,
  newGame,
  playGame,
  type GameState,
} from '../../../src/engine';
import { copyState } from '../../../src/engine/copy';
import { makeLang } from '../../../src/i18n';
import {
  answeredAnywhere,
  answeredHere,
  answeringOrders,
  expectedResponse,
  openIncidents,
} from '../../../src/ui/model/incidents';
import { en, rules } from './helpers';

/** States of played default games just before each turn resolves. */
function lastCommits(seating: 'cooperative' | 'siloed' | 'random', i: number) {
  const seed = gameSeed('incidents', i);
  const { commands } = playGame(rules, seed, seating);
  const s = newGame(rules, seed);
  const out: { before: GameState; after: GameState }[] = [];
  for (const cmd of commands) {
    const last = cmd.type === 'commit' && s.roles.every((r) => r.committed || r.id === cmd.role);
    const before = last ? copyState(s) : null;
    applyCommandInPlace(rules, s, cmd);
    if (before) out.push({ before, after: copyState(s) });
  }
  return out;
}

const turns = (['cooperative', 'siloed', 'random'] as const).flatMap((p, i) => lastCommits(p, i));

describe('what answers an incident', () => {
  it('is said in the words the report uses when one goes unanswered, in every language', () => {
    const s = turns.find((t) => openIncidents(t.before).length > 0)!.before;
    const i = openIncidents(s)[0]!;
    const english = en.msg(expectedResponse(i));
    expect(english).toMatch(/^Expected response: .+\.$/);
    for (const a of i.def.respondWith)
      expect(english.toLowerCase()).toContain(en.word({ ref: 'action', id: a }).toLowerCase());
    expect(makeLang('es', rules.scenario).msg(expectedResponse(i))).toMatch(
      /^Respuesta esperada: /,
    );
    expect(makeLang('fr', rules.scenario).msg(expectedResponse(i))).toMatch(
      /^Réponse attendue\u00a0: /,
    );
    // The report's own detail of an unanswered incident is the same sentence.
    const failed = turns
      .flatMap((t) => t.after.log)
      .find((e) => e.kind === 'incident' && e.detail?.key === 'log.expectedResponse');
    expect(failed?.detail?.key).toBe(expectedResponse(i).key);
  });

  it('lists, for each open incident, the orders a team may give that answer it', () => {
    let seen = 0;
    for (const { before } of turns) {
      for (const role of rules.scenario.roles.map((r) => r.id)) {
        for (const a of answeringOrders(rules, before, role, 1)) {
          for (const action of a.lead) {
            expect(a.incident.def.respondWith).toContain(action.id);
            expect(answeredHere(before, action.id, a.incident.district)).toContain(a.incident);
            expect(answeredAnywhere(rules, before, role, action, 1)).toContain(a.incident);
            seen++;
          }
          for (const action of a.partner) expect(action.shape).toBe('joint');
          // Round 2 offers no joint action to lead.
          const late = answeringOrders(rules, before, role, 2).find(
            (x) => x.incident === a.incident,
          );
          expect(late!.lead.every((x) => x.shape === 'solo')).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('marks as answering exactly what the engine then counts: a success resolves it that turn', () => {
    let successes = 0;
    for (const { before, after } of turns) {
      const rolls = after.log.filter(
        (e) => e.turn === before.turn && (e.kind === 'solo' || e.kind === 'joint') && e.roll,
      );
      for (const e of rolls) {
        const marked = answeredHere(before, e.action!, e.district!);
        for (const i of marked) {
          const now = after.incidents.find((x) => x.id === i.id)!;
          if (e.roll!.success) {
            expect(now.status).toBe('resolved');
            expect(now.closedTurn).toBe(before.turn);
            const resolved = after.log.find(
              (x) =>
                x.turn === before.turn &&
                x.kind === 'incident' &&
                x.title.key === 'log.incidentResolved' &&
                x.district === i.district,
            );
            expect(resolved!.roles).toEqual(expect.arrayContaining(e.roles));
            successes++;
          }
          // The roll counted it harder, as the chance shown before does.
          expect(e.roll!.modifiers.map((m) => m.reason.key)).toContain('mod.incidentHarder');
        }
      }
    }
    expect(successes).toBeGreaterThan(5);
  });
});
