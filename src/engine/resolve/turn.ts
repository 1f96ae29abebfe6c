/**
 * Resolution of a turn once every role has committed, in the fixed phase order of DESIGN.md:
 * sharing, movement, joint actions, solo actions, incidents, drift, objectives. Then the next
 * turn opens with its briefing.
 */
import type { Ctx } from '../context';
import { briefing } from './briefing';
import { drift } from './drift';
import { incidents } from './incidents';
import { jointActions } from './joint';
import { movement } from './movement';
import { objectives } from './objectives';
import { sharing } from './sharing';
import { soloActions } from './solo';

export const RESOLUTION_ORDER = [
  'sharing',
  'movement',
  'joint',
  'solo',
  'incidents',
  'drift',
  'objectives',
] as const;

export function startTurn(ctx: Ctx): void {
  for (const role of ctx.s.roles) {
    role.apLeft = ctx.rules.role(role.id).actionPoints;
    role.committed = false;
  }
  ctx.s.orders = [];
  ctx.s.proposals = [];
  briefing(ctx);
}

export function resolveTurn(ctx: Ctx): void {
  sharing(ctx);
  movement(ctx);
  jointActions(ctx);
  soloActions(ctx);
  incidents(ctx);
  drift(ctx);
  if (objectives(ctx)) return;
  ctx.s.turn += 1;
  startTurn(ctx);
}
