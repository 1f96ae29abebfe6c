/**
 * What answers an incident: an action of its expected response (`respondWith`) taken in its
 * district while it is open. A success of such an action resolves it in the incidents phase
 * (`answeredBy`), and the same action is harder for it (`mod.incidentHarder`). The resolution and
 * the planning screens both ask here, so what a team is told answers an incident is what does.
 */
import type { ActionId, DistrictId, IncidentState } from './types';

export function answers(incident: IncidentState, action: ActionId, district: DistrictId): boolean {
  return (
    incident.status === 'open' &&
    incident.district === district &&
    incident.def.respondWith.includes(action)
  );
}

/** The open incidents that `action` in `district` would answer, in the state's order. */
export function incidentsAnswered(
  incidents: readonly IncidentState[],
  action: ActionId,
  district: DistrictId,
): IncidentState[] {
  return incidents.filter((i) => answers(i, action, district));
}
