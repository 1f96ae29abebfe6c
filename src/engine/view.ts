/**
 * What one role may see: its own card, orders and intelligence, proposals to and from it, the
 * public state of the districts, and the log entries visible to it. Policies play from this
 * alone, as a team would; the UI shows a team the same.
 */
import type { FactDef, RoleDef } from '../format';
import type { Rules } from './rules';
import type {
  AssetState,
  DistrictId,
  GameState,
  IncidentState,
  LogEntry,
  LogKind,
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
  /** The entries of `log` of one kind. */
  entries(kind: LogKind): readonly LogEntry[];
  /** Whether a unit of mine is in a district, in a neighbouring one, or neither. */
  reach(district: DistrictId): Reach;
}

export type Reach = 'here' | 'near' | 'far';

export function canSee(entry: LogEntry, viewer: RoleId | 'facilitator'): boolean {
  return viewer === 'facilitator' || entry.visibleTo === 'all' || entry.visibleTo.includes(viewer);
}

export function visibleLog(state: GameState, viewer: RoleId | 'facilitator'): LogEntry[] {
  return state.log.filter((e) => canSee(e, viewer));
}

/**
 * A role's view of a state, each part worked out when first read: a policy plays three steps a
 * turn from a fresh view and reads few of its parts, and the visible log grows with the game.
 * The state must not change while the view is in use. (Every field is declared, so every view
 * has the same shape whichever parts were read.)
 */
class LazyRoleView implements RoleView {
  readonly card: RoleDef;
  private factsSeen: FactDef[] | undefined = undefined;
  private compromisedSeen: string[] | undefined = undefined;
  private myOrdersSeen: Order[] | undefined = undefined;
  private myProposalsSeen: Proposal[] | undefined = undefined;
  private proposalsToMeSeen: Proposal[] | undefined = undefined;
  private myAssetsSeen: AssetState[] | undefined = undefined;
  private openIncidentsSeen: IncidentState[] | undefined = undefined;
  private myTrustSeen: TrustState[] | undefined = undefined;
  private logSeen: LogEntry[] | undefined = undefined;
  private byKind: Map<LogKind, readonly LogEntry[]> | undefined = undefined;
  private reaches: Reach[] | undefined = undefined;
  private myLocations: Set<DistrictId> | undefined = undefined;
  constructor(
    readonly rules: Rules,
    private readonly state: GameState,
    readonly me: RoleState,
  ) {
    this.card = rules.role(me.id);
  }
  get turn(): number {
    return this.state.turn;
  }
  get facts(): FactDef[] {
    return (this.factsSeen ??= this.me.knows
      .map((f) => this.rules.factById.get(f))
      .filter((f): f is FactDef => f !== undefined));
  }
  get compromised(): string[] {
    return (this.compromisedSeen ??= this.state.compromised.filter((f) =>
      this.me.knows.includes(f),
    ));
  }
  get myOrders(): Order[] {
    return (this.myOrdersSeen ??= this.state.orders.filter((o) => o.role === this.me.id));
  }
  get myProposals(): Proposal[] {
    return (this.myProposalsSeen ??= this.state.proposals.filter((p) => p.lead === this.me.id));
  }
  get proposalsToMe(): Proposal[] {
    return (this.proposalsToMeSeen ??= this.state.proposals.filter((p) =>
      p.partners.includes(this.me.id),
    ));
  }
  get myAssets(): AssetState[] {
    return (this.myAssetsSeen ??= this.state.assets.filter((a) => a.role === this.me.id));
  }
  get allAssets(): AssetState[] {
    return this.state.assets;
  }
  get districts(): GameState['districts'] {
    return this.state.districts;
  }
  get openIncidents(): IncidentState[] {
    return (this.openIncidentsSeen ??= this.state.incidents.filter((i) => i.status === 'open'));
  }
  get myTrust(): TrustState[] {
    return (this.myTrustSeen ??= this.state.trust.filter(
      (t) => t.a === this.me.id || t.b === this.me.id,
    ));
  }
  get log(): LogEntry[] {
    return (this.logSeen ??= visibleLog(this.state, this.me.id));
  }
  entries(kind: LogKind): readonly LogEntry[] {
    this.byKind ??= new Map();
    let seen = this.byKind.get(kind);
    if (!seen) {
      seen = this.state.log.filter((e) => e.kind === kind && canSee(e, this.me.id));
      this.byKind.set(kind, seen);
    }
    return seen;
  }
  reach(district: DistrictId): Reach {
    const index = this.rules.districtIndex.get(district);
    if (index === undefined) return this.reachOf(district);
    this.reaches ??= [];
    return (this.reaches[index] ??= this.reachOf(district));
  }
  private reachOf(district: DistrictId): Reach {
    const mine = (this.myLocations ??= new Set(this.myAssets.map((a) => a.location)));
    if (mine.has(district)) return 'here';
    return this.rules.district(district).neighbours.some((n) => mine.has(n)) ? 'near' : 'far';
  }
}

export function roleView(rules: Rules, state: GameState, role: RoleId): RoleView {
  const me = state.roles.find((r) => r.id === role);
  if (!me) throw new Error(`There is no role '${role}'.`);
  return new LazyRoleView(rules, state, me);
}
