/**
 * The vocabulary of the meaning checks: the ids a file defines, and checks of references to
 * them, of effects and of metrics, which appear in many places of a scenario.
 */
import { field, isObj, list, str } from './loose';
import { formatPath, problem, quote, type Path, type Problem } from '../format';
import { Suggester } from './suggest';

export type RefKind = 'district' | 'role' | 'fact' | 'indicator' | 'counter' | 'action';

const NOUNS: Record<RefKind, string> = {
  district: 'districts',
  role: 'roles',
  fact: 'facts',
  indicator: 'indicators',
  counter: 'counters',
  action: 'actions',
};

/**
 * Ids become keys of plain objects in the app (seating, per-role records): a role called
 * "__proto__" would set an object's prototype instead of a key, and crashed the session when a
 * policy played it. The same three names the loader refuses as keys.
 */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

export const DISTRICT_SELECTORS = ['@target', '@all', '@neighbours'] as const;

/** What a reference to an action outside `actions` amounts to where it appears. */
export type NotInPlay = 'error' | 'warning' | 'ignore';

export interface Known {
  district: readonly string[];
  role: readonly string[];
  fact: readonly string[];
  indicator: readonly string[];
  counter: readonly string[];
  /** Every standard action. */
  action: readonly string[];
  /** Actions listed in the scenario's `actions`. */
  inPlay: ReadonlySet<string>;
}

export class Checker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly sets: Record<RefKind, ReadonlySet<string>>;

  constructor(
    readonly known: Known,
    /** Shared with the other checks of the same file, which share its limit. */
    readonly suggest = new Suggester(),
  ) {
    this.sets = {
      district: new Set(known.district),
      role: new Set(known.role),
      fact: new Set(known.fact),
      indicator: new Set(known.indicator),
      counter: new Set(known.counter),
      action: new Set(known.action),
    };
  }

  error(path: Path, message: string, suggestion?: string): void {
    this.errors.push(problem('error', path, message, suggestion));
  }

  warn(path: Path, message: string, suggestion?: string): void {
    this.warnings.push(problem('warning', path, message, suggestion));
  }

  has(kind: RefKind, id: string): boolean {
    return this.sets[kind].has(id);
  }

  /** Checks one reference; values of the wrong type are zod's business and are skipped. */
  ref(kind: RefKind, value: unknown, path: Path, notInPlay: NotInPlay = 'ignore'): void {
    const id = str(value);
    if (id === undefined) return;
    if (!this.sets[kind].has(id)) {
      this.error(
        path,
        `unknown ${kind} ${quote(id)}`,
        this.suggest.from(id, this.known[kind], NOUNS[kind]),
      );
      return;
    }
    if (kind === 'action' && notInPlay !== 'ignore' && !this.known.inPlay.has(id)) {
      const message = `action ${quote(id)} is not in play`;
      const fix = `add ${quote(id)} to ${formatPath(['actions'])}`;
      if (notInPlay === 'error') this.error(path, message, fix);
      else this.warn(path, `${message}, so this has no effect`, fix);
    }
  }

  refs(kind: RefKind, value: unknown, path: Path, notInPlay: NotInPlay = 'ignore'): void {
    list(value).forEach((v, i) => this.ref(kind, v, [...path, i], notInPlay));
  }

  /** A `[RoleId, RoleId]` pair: both known and different. */
  pair(value: unknown, path: Path): void {
    const [a, b] = list(value);
    this.ref('role', a, [...path, 0]);
    this.ref('role', b, [...path, 1]);
    if (typeof a === 'string' && a === b) {
      this.error(
        [...path, 1],
        `role ${quote(a)} is paired with itself`,
        'name two different roles',
      );
    }
  }

  /** Ids must be unique within a group; reported at each repeat. */
  unique(items: ReadonlyArray<{ id: unknown; path: Path }>, noun: string): void {
    const first = new Map<string, Path>();
    for (const { id, path } of items) {
      if (typeof id !== 'string') continue;
      if (RESERVED_IDS.has(id)) {
        this.error(
          path,
          `${quote(id)} cannot be an id: it is a name every JavaScript object already has`,
          `rename it, e.g. ${quote(`${noun.replace(/ /g, '-')}-1`)}`,
        );
        continue;
      }
      const earlier = first.get(id);
      if (earlier) {
        this.error(
          path,
          `duplicate ${noun} id ${quote(id)} (also at ${formatPath(earlier)})`,
          `give each ${noun} its own id`,
        );
      } else {
        first.set(id, path);
      }
    }
  }

  metric(value: unknown, path: Path): void {
    switch (field(value, 'kind')) {
      case 'average':
      case 'max':
      case 'min':
        this.ref('indicator', field(value, 'indicator'), [...path, 'indicator']);
        this.refs('district', field(value, 'districts'), [...path, 'districts']);
        return;
      case 'counter':
        this.ref('counter', field(value, 'counter'), [...path, 'counter']);
        return;
      case 'pairTrust':
        this.pair(field(value, 'roles'), [...path, 'roles']);
        return;
      default:
    }
  }

  effects(value: unknown, path: Path): void {
    list(value).forEach((e, i) => this.effect(e, [...path, i]));
  }

  private effect(e: unknown, path: Path): void {
    switch (field(e, 'type')) {
      case 'indicator':
        this.ref('indicator', field(e, 'indicator'), [...path, 'indicator']);
        this.effectDistrict(field(e, 'district'), [...path, 'district']);
        return;
      case 'trust':
        this.pair(field(e, 'roles'), [...path, 'roles']);
        return;
      case 'revealFact':
        this.ref('fact', field(e, 'fact'), [...path, 'fact']);
        this.refs('role', field(e, 'to'), [...path, 'to']);
        return;
      case 'incident':
        this.ref('district', field(e, 'district'), [...path, 'district']);
        this.incident(field(e, 'incident'), [...path, 'incident']);
        return;
      default:
      // 'counter' names its counter, it never refers to one.
    }
  }

  private effectDistrict(value: unknown, path: Path): void {
    const id = str(value);
    if (id === undefined) return;
    if (id.startsWith('@')) {
      if (!(DISTRICT_SELECTORS as readonly string[]).includes(id)) {
        this.error(
          path,
          `unknown district selector ${quote(id)}`,
          this.suggest.from(id, DISTRICT_SELECTORS, 'selectors'),
        );
      }
      return;
    }
    this.ref('district', id, path);
  }

  private incident(value: unknown, path: Path): void {
    if (!isObj(value)) return;
    const respond = [...path, 'respondWith'];
    const responses = list(field(value, 'respondWith'));
    const playable = responses.some((a) => typeof a === 'string' && this.known.inPlay.has(a));
    if (responses.length > 0 && !playable) {
      this.refs('action', responses, respond);
      this.warn(
        respond,
        'none of these actions is in play, so the incident can never be resolved',
        'add one of them to $.actions',
      );
    } else {
      this.refs('action', responses, respond, 'warning');
    }
    this.ref('fact', field(value, 'relatedFact'), [...path, 'relatedFact']);
    this.effects(field(value, 'onResolved'), [...path, 'onResolved']);
    this.effects(field(value, 'onFailed'), [...path, 'onFailed']);
    this.effects(field(value, 'escalation'), [...path, 'escalation']);
  }
}
