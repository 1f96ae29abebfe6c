/**
 * The chance of an order or a proposal before the commit, as a team may know it, and what would
 * change it: a unit moved there, a partner more or fewer, another posture, a fact shared. DOM-free.
 *
 * Every number comes from the engine's own `orderChance` / `proposalChance` on the game as the
 * turn's actions will find it (`beforeActions`: this turn's moves and shares made), so it is the
 * roll's as long as nothing resolved before it in the turn changes what it depends on
 * (`src/engine/chance.ts` lists what; `tests/engine/chance.test.ts` checks it over whole games).
 *
 * A team is shown the chance on what it knows: its own facts (not a partner's, which would tell it
 * what the partner holds) and its own moves and shares. On a networked table the host has already
 * cut the state so; at one screen `knownTo` cuts it the same way, so both show the same number.
 * The facilitator sees it on everything.
 */
import {
  actionProblem,
  beforeActions,
  orderChance,
  orderProblem,
  POSTURES,
  proposalChance,
  type Chance,
  type GameState,
  type MessageKey,
  type Modifier,
  type Order,
  type Posture,
  type Proposal,
  type ProposalStatus,
  type Rules,
} from '../../engine';
import type { Draft } from '../../store';

/** Who looks: a team by its role, or the facilitator, who sees every fact and order. */
export type Viewer = string | 'facilitator';

/** What a modifier changes with, when a team can do something about it. */
export type Lever = 'unit' | 'fact' | 'partner';

type ModifierKey = Extract<MessageKey, `mod.${string}`>;

/** Every modifier the engine gives, with what changes it (typed: a new modifier must be placed). */
const LEVERS: Record<ModifierKey, Lever | null> = {
  'mod.unitOnSite': 'unit',
  'mod.readiness': 'unit',
  'mod.fromNeighbour': 'unit',
  'mod.noUnitInReach': 'unit',
  'mod.factLeaked': 'fact',
  'mod.intelligence': 'fact',
  'mod.noTarget': 'fact',
  'mod.partnerTrust': 'partner',
  'mod.absent': 'partner',
  'mod.noPolice': 'partner',
  'mod.noMilitary': 'partner',
  'mod.mediators': 'partner',
  'mod.noMediators': 'partner',
  'mod.cordon': 'partner',
  'mod.mediatorsTalk': 'partner',
  'mod.soldiersFacing': 'partner',
  'mod.hostileCrowds': null,
  'mod.insecurity': null,
  'mod.communityCooperates': null,
  'mod.nobodyTalks': null,
  'mod.outsideMandate': null,
  'mod.incidentHarder': null,
  'mod.militaryLeadThreat': null,
  'mod.soldiersUnsettle': null,
  'mod.notPoliceLed': null,
  'mod.tooHeated': null,
  'mod.containCautious': null,
  'mod.forceClears': null,
  'mod.angryCrowd': null,
  'mod.unitsDeployed': null,
  'mod.districtSecurity': null,
  'mod.severity': null,
  'mod.lowTrustLeak': null,
};

export function leverOf(m: Modifier): Lever | null {
  return (LEVERS as Partial<Record<string, Lever | null>>)[m.reason.key] ?? null;
}

/** The game as `viewer` knows it: a team holds its own facts only. */
export function knownTo(state: GameState, viewer: Viewer): GameState {
  if (viewer === 'facilitator') return state;
  return {
    ...state,
    roles: state.roles.map((r) => (r.id === viewer ? r : { ...r, knows: [] })),
  };
}

const outlooks = new WeakMap<GameState, Map<Viewer, GameState>>();

/** The game as this turn's actions will find it, as far as `viewer` knows: its own shares and
 * moves made (everyone's, for the facilitator). Remembered per state. */
export function outlookGame(rules: Rules, state: GameState, viewer: Viewer): GameState {
  let byViewer = outlooks.get(state);
  if (!byViewer) outlooks.set(state, (byViewer = new Map()));
  let game = byViewer.get(viewer);
  if (!game) {
    const orders =
      viewer === 'facilitator' ? state.orders : state.orders.filter((o) => o.role === viewer);
    game = beforeActions(rules, knownTo(state, viewer), orders);
    byViewer.set(viewer, game);
  }
  return game;
}

/** What a change would make of the chance; `chance` null: the proposal would lapse. */
export type Alternative =
  | { kind: 'move'; role: string; asset: string; from: string; chance: number }
  | { kind: 'join'; role: string; chance: number }
  | { kind: 'without'; role: string; chance: number | null }
  | { kind: 'posture'; posture: Posture; chance: number }
  | { kind: 'share'; fact: string; from: string; to: string; chance: number };

export interface Outlook {
  chance: Chance;
  /** The partners counted as accepting who have not answered yet. */
  assumed: string[];
  joint: boolean;
  alternatives: Alternative[];
}

/** A solo order or a proposal, as the engine takes it. */
export type Attempted = { order: Order } | { proposal: Proposal; responses: ProposalStatus[] };

function chanceOn(rules: Rules, game: GameState, a: Attempted): Chance | null {
  return 'order' in a
    ? orderChance({ rules, s: game }, a.order)
    : proposalChance({ rules, s: game }, a.proposal, a.responses);
}

const roleOf = (a: Attempted) => ('order' in a ? a.order.role : a.proposal.lead);
const placeOf = (a: Attempted) => ('order' in a ? a.order.district : a.proposal.district);
const actionOf = (a: Attempted) => ('order' in a ? a.order.action : a.proposal.action);

function participants(a: Attempted): string[] {
  if ('order' in a) return [a.order.role];
  return [a.proposal.lead, ...a.proposal.partners.filter((_, i) => a.responses[i] === 'accepted')];
}

/** The best unit each participant without one on site could move there from next door. */
function unitAlternatives(
  rules: Rules,
  state: GameState,
  game: GameState,
  a: Attempted,
  viewer: Viewer,
): Alternative[] {
  const district = placeOf(a);
  const neighbours = rules.district(district).neighbours;
  const out: Alternative[] = [];
  for (const role of participants(a)) {
    if (game.assets.some((u) => u.role === role && u.location === district)) continue;
    let best: Alternative | null = null;
    for (const unit of game.assets) {
      if (unit.role !== role || !neighbours.includes(unit.location)) continue;
      if (state.orders.some((o) => o.asset === unit.id)) continue;
      // A team's own unit only if it can still order the move.
      const move = {
        type: 'order' as const,
        role,
        action: 'move_asset',
        district,
        asset: unit.id,
      };
      if (role === viewer && orderProblem({ rules, s: state }, move)) continue;
      const moved = {
        ...game,
        assets: game.assets.map((u) => (u.id === unit.id ? { ...u, location: district } : u)),
      };
      const c = chanceOn(rules, moved, a)?.chance;
      if (c === undefined) continue;
      if (!best || c > best.chance!)
        best = { kind: 'move', role, asset: unit.id, from: unit.location, chance: c };
    }
    if (best) out.push(best);
  }
  return out;
}

function partnerAlternatives(rules: Rules, game: GameState, a: Attempted): Alternative[] {
  if (!('proposal' in a)) return [];
  const { proposal: p, responses } = a;
  const out: Alternative[] = [];
  for (const r of rules.scenario.roles) {
    if (r.id === p.lead || p.partners.includes(r.id)) continue;
    if (actionProblem({ rules, s: game }, r.id, p.action, p.district, false)) continue;
    const c = chanceOn(rules, game, {
      proposal: { ...p, partners: [...p.partners, r.id] },
      responses: [...responses, 'accepted'],
    });
    if (c) out.push({ kind: 'join', role: r.id, chance: c.chance });
  }
  p.partners.forEach((role, i) => {
    if (responses[i] !== 'accepted') return;
    const c = chanceOn(rules, game, {
      proposal: p,
      responses: responses.map((x, j) => (j === i ? 'declined' : x)),
    });
    out.push({ kind: 'without', role, chance: c?.chance ?? null });
  });
  if (p.action === 'crowd_control') {
    for (const posture of POSTURES) {
      if (posture === (p.posture ?? 'contain')) continue;
      const c = chanceOn(rules, game, { proposal: { ...p, posture }, responses });
      if (c) out.push({ kind: 'posture', posture, chance: c.chance });
    }
  }
  return out;
}

/** For the facilitator, who knows every fact: a fact that would help here, from who holds it. */
function factAlternatives(
  rules: Rules,
  game: GameState,
  a: Attempted,
  viewer: Viewer,
): Alternative[] {
  if (viewer !== 'facilitator') return [];
  const roles = participants(a);
  const lead = roleOf(a);
  const out: Alternative[] = [];
  for (const fact of rules.scenario.intelligence) {
    if (!fact.helps.includes(actionOf(a))) continue;
    if (fact.district !== undefined && fact.district !== placeOf(a)) continue;
    if (game.compromised.includes(fact.id)) continue;
    if (game.roles.some((r) => roles.includes(r.id) && r.knows.includes(fact.id))) continue;
    const holder = game.roles.find((r) => r.knows.includes(fact.id));
    if (!holder) continue;
    const told = {
      ...game,
      roles: game.roles.map((r) => (r.id === lead ? { ...r, knows: [...r.knows, fact.id] } : r)),
    };
    const c = chanceOn(rules, told, a);
    if (c) out.push({ kind: 'share', fact: fact.id, from: holder.id, to: lead, chance: c.chance });
  }
  return out;
}

/** The chance of `a` now, with what would change it; null when it rolls nothing or would lapse. */
export function outlook(
  rules: Rules,
  state: GameState,
  viewer: Viewer,
  a: Attempted,
): Outlook | null {
  const game = outlookGame(rules, state, viewer);
  const chance = chanceOn(rules, game, a);
  if (!chance) return null;
  const alternatives = [
    ...unitAlternatives(rules, state, game, a, viewer),
    ...partnerAlternatives(rules, game, a),
    ...factAlternatives(rules, game, a, viewer),
  ].filter((x) => x.chance !== chance.chance);
  const assumed =
    'proposal' in a
      ? a.proposal.partners.filter((_, i) => a.proposal.responses[i] === 'pending')
      : [];
  return { chance, assumed, joint: 'proposal' in a, alternatives };
}

/** A proposal as it would roll if every partner still to answer accepted. */
export function proposalAttempt(p: Proposal): Attempted {
  return {
    proposal: p,
    responses: p.responses.map((r) => (r === 'pending' ? 'accepted' : r)),
  };
}

/** The order builder's draft as the engine would take it, once it names enough to roll. */
export function draftAttempt(rules: Rules, role: string, d: Draft): Attempted | null {
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  if (!action || !d.district || !rules.districtIndex.has(d.district)) return null;
  if (action.shape === 'solo')
    return { order: { id: 0, role, action: action.id, district: d.district } };
  if (action.shape !== 'joint') return null;
  if (action.id === 'crowd_control' && !d.posture) return null;
  const partners = d.partners.filter((p) => p !== role && rules.roleIndex.has(p));
  return proposalAttempt({
    id: 0,
    action: action.id,
    district: d.district,
    lead: role,
    partners,
    responses: partners.map(() => 'pending'),
    ...(action.id === 'crowd_control' && d.posture ? { posture: d.posture } : {}),
  });
}
