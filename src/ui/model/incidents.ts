/**
 * What answers an open incident, for the screens that show one: its expected response in the
 * engine's own words (the message the report gives when it went unanswered), and which of a
 * team's possible orders would answer it. The engine decides what answers (`answers`, from the
 * incident's `respondWith`); this only asks it and the legality checks. DOM-free.
 */
import {
  actionProblem,
  incidentsAnswered,
  type ActionDef,
  type GameState,
  type IncidentState,
  type Msg,
  type Rules,
} from '../../engine';
import { msg, ref } from '../../engine/messages';

/** "Expected response: joint patrol, arrest or investigate." */
export function expectedResponse(i: IncidentState): Msg {
  return msg('log.expectedResponse', { actions: i.def.respondWith.map((a) => ref('action', a)) });
}

export function openIncidents(state: GameState): IncidentState[] {
  return state.incidents.filter((i) => i.status === 'open');
}

/** Whether `role` may give `a` in `district` now: its card, its constraints, its points, and
 * joint actions only in round 1. */
function mayGive(
  rules: Rules,
  state: GameState,
  role: string,
  a: ActionDef,
  district: string,
  round: 1 | 2,
): boolean {
  if (a.shape !== 'solo' && a.shape !== 'joint') return false;
  if (a.shape === 'joint' && round === 2) return false;
  const me = state.roles.find((r) => r.id === role);
  if (!me || me.apLeft < a.cost) return false;
  return actionProblem({ rules, s: state }, role, a.id, district, true) === null;
}

export interface Answering {
  incident: IncidentState;
  /** Actions the team may order or propose there now that answer it. */
  lead: ActionDef[];
  /** Joint actions it could join as a partner (another team proposes them). */
  partner: ActionDef[];
}

/** For each open incident, the team's orders that would answer it. */
export function answeringOrders(
  rules: Rules,
  state: GameState,
  role: string,
  round: 1 | 2,
): Answering[] {
  const card = rules.role(role);
  return openIncidents(state).map((incident) => {
    const mine = rules.actions.filter(
      (a) => card.capabilities.includes(a.id) && incident.def.respondWith.includes(a.id),
    );
    const lead = mine.filter((a) => mayGive(rules, state, role, a, incident.district, round));
    const partner = mine.filter(
      (a) =>
        a.shape === 'joint' &&
        !lead.includes(a) &&
        actionProblem({ rules, s: state }, role, a.id, incident.district, false) === null,
    );
    return { incident, lead, partner };
  });
}

/** The open incidents `action` in `district` would answer. */
export function answeredHere(state: GameState, action: string, district: string): IncidentState[] {
  return incidentsAnswered(state.incidents, action, district);
}

/** The open incidents `action` would answer in a district where `role` may take it now. */
export function answeredAnywhere(
  rules: Rules,
  state: GameState,
  role: string,
  action: ActionDef,
  round: 1 | 2,
): IncidentState[] {
  return openIncidents(state).filter(
    (i) =>
      i.def.respondWith.includes(action.id) &&
      mayGive(rules, state, role, action, i.district, round),
  );
}
