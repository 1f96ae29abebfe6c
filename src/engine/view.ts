/**
 * What one role may see: its own card, orders and intelligence, proposals to and from it, the
 * public state of the districts, and the log entries visible to it. Policies play from this
 * alone, as a team would; the UI shows a team the same.
 */
import type { FactDef, RoleDef } from '../format';
import type { Rules } from './rules';
import type {
  AssetState,
  GameState,
  IncidentState,
  LogEntry,
  Order,
  Proposal,
  RoleId,
  RoleState,
  TrustState,
} from './types';

export interface RoleView {
  rules: Rules;
  turn: number;
  card: RoleDef;
  me: RoleState;
  facts: FactDef[];
  /** Facts of mine that leaked. */
  compromised: string[];
  myOrders: Order[];
  myProposals: Proposal[];
  proposalsToMe: Proposal[];
  myAssets: AssetState[];
  /** Where every unit stands is public: units are seen on the ground. */
  allAssets: AssetState[];
  districts: GameState['districts'];
  openIncidents: IncidentState[];
  myTrust: TrustState[];
  log: LogEntry[];
}

export function canSee(entry: LogEntry, viewer: RoleId | 'facilitator'): boolean {
  return viewer === 'facilitator' || entry.visibleTo === 'all' || entry.visibleTo.includes(viewer);
}

export function visibleLog(state: GameState, viewer: RoleId | 'facilitator'): LogEntry[] {
  return state.log.filter((e) => canSee(e, viewer));
}

export function roleView(rules: Rules, state: GameState, role: RoleId): RoleView {
  const me = state.roles.find((r) => r.id === role);
  if (!me) throw new Error(`There is no role '${role}'.`);
  return {
    rules,
    turn: state.turn,
    card: rules.role(role),
    me,
    facts: me.knows.map((f) => rules.factById.get(f)).filter((f): f is FactDef => f !== undefined),
    compromised: state.compromised.filter((f) => me.knows.includes(f)),
    myOrders: state.orders.filter((o) => o.role === role),
    myProposals: state.proposals.filter((p) => p.lead === role),
    proposalsToMe: state.proposals.filter((p) => p.partners.includes(role)),
    myAssets: state.assets.filter((a) => a.role === role),
    allAssets: state.assets,
    districts: state.districts,
    openIncidents: state.incidents.filter((i) => i.status === 'open'),
    myTrust: state.trust.filter((t) => t.a === role || t.b === role),
    log: visibleLog(state, role),
  };
}
