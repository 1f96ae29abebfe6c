/**
 * Phase "incidents": an incident that an action answered this turn is resolved. Any other open
 * incident is met only by what is deployed in its district; if that fails it escalates, and
 * once its time runs out it fails for good. A failure that a held-back fact would have helped
 * costs trust between the holder and the roles that could have acted on it.
 */
import type { Ctx } from '../context';
import { applyEffects } from '../effects';
import { addLog } from '../log';
import { roll } from '../roll';
import type { EffectRecord, IncidentState, Modifier } from '../types';
import { changeCounter, changeTrust, indicatorValue } from '../values';

function deterrence(ctx: Ctx, incident: IncidentState): Modifier[] {
  const units = ctx.s.assets.filter((a) => a.location === incident.district);
  const security = indicatorValue(ctx, incident.district, 'security');
  return [
    { value: 10 * Math.min(units.length, 3), reason: `${units.length} unit${units.length === 1 ? '' : 's'} deployed in the district` },
    { value: Math.trunc((security - 50) / 5), reason: `security in the district (${security})` },
    { value: -incident.def.severity, reason: `severity of the incident (${incident.def.severity})` },
  ];
}

function heldIntelligence(ctx: Ctx, incident: IncidentState): EffectRecord[] {
  const factId = incident.def.relatedFact;
  if (!factId) return [];
  const fact = ctx.rules.factById.get(factId);
  const holders = ctx.s.roles.filter((r) => r.knows.includes(factId)).map((r) => r.id);
  const couldAct = ctx.rules.scenario.roles
    .filter((r) => r.capabilities.some((c) => incident.def.respondWith.includes(c)))
    .map((r) => r.id)
    .filter((r) => !holders.includes(r));
  if (!fact || holders.length === 0 || couldAct.length === 0) return [];
  const out: EffectRecord[] = [changeCounter(ctx, 'heldIntelMattered', 1, `"${fact.title}" was held back`)];
  for (const h of holders) {
    for (const r of couldAct) {
      const e = changeTrust(ctx, h, r, -5, `${ctx.rules.role(h).name} held back "${fact.title}", which would have mattered`);
      if (e) out.push(e);
    }
  }
  return out;
}

export function incidents(ctx: Ctx): void {
  for (const incident of ctx.s.incidents) {
    if (incident.status !== 'open') continue;
    const place = ctx.rules.district(incident.district).name;
    if (incident.answeredBy?.length) {
      incident.status = 'resolved';
      incident.closedTurn = ctx.s.turn;
      const who = incident.answeredBy.map((r) => ctx.rules.role(r).name).join(' and ');
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: `${incident.def.title} in ${place}: resolved by ${who}.`,
        roles: incident.answeredBy,
        district: incident.district,
        visibleTo: 'all',
        effects: [
          ...applyEffects(ctx, incident.def.onResolved, incident.district, `${incident.def.title} resolved`),
          changeCounter(ctx, 'incidentsResolved', 1, 'incident resolved'),
        ],
      });
      continue;
    }
    const r = roll(ctx, 50, deterrence(ctx, incident), 5, 95, 'the units deployed contain it');
    if (r.success) {
      incident.status = 'resolved';
      incident.closedTurn = ctx.s.turn;
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: `${incident.def.title} in ${place}: contained by the units deployed there.`,
        roles: [],
        district: incident.district,
        visibleTo: 'all',
        roll: r,
        effects: [
          ...applyEffects(ctx, incident.def.onResolved, incident.district, `${incident.def.title} contained`),
          changeCounter(ctx, 'incidentsResolved', 1, 'incident contained'),
        ],
      });
      continue;
    }
    incident.turnsLeft -= 1;
    if (incident.turnsLeft > 0) {
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: `${incident.def.title} in ${place}: unanswered, it escalates (${incident.turnsLeft} turn${incident.turnsLeft === 1 ? '' : 's'} left).`,
        detail: `Expected response: ${incident.def.respondWith.join(' or ')}.`,
        roles: [],
        district: incident.district,
        visibleTo: 'all',
        roll: r,
        effects: applyEffects(ctx, incident.def.escalation ?? [], incident.district, `${incident.def.title} escalates`),
      });
      continue;
    }
    incident.status = 'failed';
    incident.closedTurn = ctx.s.turn;
    addLog(ctx, {
      phase: 'incidents',
      kind: 'incident',
      title: `${incident.def.title} in ${place}: the mission failed to respond.`,
      detail: `Expected response: ${incident.def.respondWith.join(' or ')}.`,
      roles: [],
      district: incident.district,
      visibleTo: 'all',
      roll: r,
      effects: [
        ...applyEffects(ctx, incident.def.onFailed, incident.district, `${incident.def.title} failed`),
        changeCounter(ctx, 'incidentsFailed', 1, 'incident not handled'),
        ...heldIntelligence(ctx, incident),
      ],
    });
  }
}
