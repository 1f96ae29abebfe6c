/**
 * Phase "incidents": an incident that an action answered this turn is resolved. Any other open
 * incident is met only by what is deployed in its district; if that fails it escalates, and
 * once its time runs out it fails for good. A failure that a held-back fact would have helped
 * costs trust between the holder and the roles that could have acted on it.
 */
import type { Ctx } from '../context';
import { applyEffects } from '../effects';
import { addLog } from '../log';
import { msg, ref } from '../messages';
import { roll } from '../roll';
import type { EffectRecord, IncidentState, Modifier } from '../types';
import { changeCounter, changeTrust, indicatorValue } from '../values';

function deterrence(ctx: Ctx, incident: IncidentState): Modifier[] {
  const units = ctx.s.assets.filter((a) => a.location === incident.district);
  const security = indicatorValue(ctx, incident.district, 'security');
  return [
    {
      value: 10 * Math.min(units.length, 3),
      reason: msg('mod.unitsDeployed', { count: units.length }),
    },
    { value: Math.trunc((security - 50) / 5), reason: msg('mod.districtSecurity', { security }) },
    {
      value: -incident.def.severity,
      reason: msg('mod.severity', { severity: incident.def.severity }),
    },
  ];
}

const expectedResponse = (incident: IncidentState) =>
  msg('log.expectedResponse', { actions: incident.def.respondWith.map((a) => ref('action', a)) });

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
  const out: EffectRecord[] = [
    changeCounter(ctx, 'heldIntelMattered', 1, msg('fx.heldBack', { fact: ref('fact', fact.id) })),
  ];
  for (const h of holders) {
    for (const r of couldAct) {
      const e = changeTrust(
        ctx,
        h,
        r,
        -5,
        msg('fx.heldBackMattered', { role: ref('role', h), fact: ref('fact', fact.id) }),
      );
      if (e) out.push(e);
    }
  }
  return out;
}

export function incidents(ctx: Ctx): void {
  for (const incident of ctx.s.incidents) {
    if (incident.status !== 'open') continue;
    const place = ref('district', incident.district);
    if (incident.answeredBy?.length) {
      incident.status = 'resolved';
      incident.closedTurn = ctx.s.turn;
      // A role that answered it twice this turn (two successful actions there) resolved it once.
      const roles = [...new Set(incident.answeredBy)];
      const who = roles.map((r) => ref('role', r));
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: msg('log.incidentResolved', { incident: incident.def.title, district: place, who }),
        roles,
        district: incident.district,
        visibleTo: 'all',
        effects: [
          ...applyEffects(
            ctx,
            incident.def.onResolved,
            incident.district,
            msg('fx.incidentResolved', { incident: incident.def.title }),
          ),
          changeCounter(ctx, 'incidentsResolved', 1, msg('fx.countResolved')),
        ],
      });
      continue;
    }
    const r = roll(ctx, 50, deterrence(ctx, incident), 5, 95, msg('means.contained'));
    if (r.success) {
      incident.status = 'resolved';
      incident.closedTurn = ctx.s.turn;
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: msg('log.incidentContained', { incident: incident.def.title, district: place }),
        roles: [],
        district: incident.district,
        visibleTo: 'all',
        roll: r,
        effects: [
          ...applyEffects(
            ctx,
            incident.def.onResolved,
            incident.district,
            msg('fx.incidentContained', { incident: incident.def.title }),
          ),
          changeCounter(ctx, 'incidentsResolved', 1, msg('fx.countContained')),
        ],
      });
      continue;
    }
    incident.turnsLeft -= 1;
    if (incident.turnsLeft > 0) {
      addLog(ctx, {
        phase: 'incidents',
        kind: 'incident',
        title: msg('log.incidentEscalates', {
          incident: incident.def.title,
          district: place,
          turnsLeft: incident.turnsLeft,
        }),
        detail: expectedResponse(incident),
        roles: [],
        district: incident.district,
        visibleTo: 'all',
        roll: r,
        effects: applyEffects(
          ctx,
          incident.def.escalation ?? [],
          incident.district,
          msg('fx.incidentEscalates', { incident: incident.def.title }),
        ),
      });
      continue;
    }
    incident.status = 'failed';
    incident.closedTurn = ctx.s.turn;
    addLog(ctx, {
      phase: 'incidents',
      kind: 'incident',
      title: msg('log.incidentFailed', { incident: incident.def.title, district: place }),
      detail: expectedResponse(incident),
      roles: [],
      district: incident.district,
      visibleTo: 'all',
      roll: r,
      effects: [
        ...applyEffects(
          ctx,
          incident.def.onFailed,
          incident.district,
          msg('fx.incidentFailed', { incident: incident.def.title }),
        ),
        changeCounter(ctx, 'incidentsFailed', 1, msg('fx.countNotHandled')),
        ...heldIntelligence(ctx, incident),
      ],
    });
  }
}
