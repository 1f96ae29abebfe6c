/**
 * Whether the page was served by a host (`npm run host`), and if so its link: the browser's
 * WebSocket, the seat kept in `sessionStorage` (per tab: two tabs are two devices), and what the
 * address brings after `#` (a team's code, the facilitator's secret), read once and taken out of
 * the address bar so it is not left on a screen or in the history.
 */
import { createLink, type Credentials, type SeatKeeper, type SocketLike } from '../net/link';
import type { SessionStore } from '../store';

/** What `GET /host.json` says; a page served by Vite gets no such file. */
export interface HostInfo {
  mandateHost: 1;
  bootId: string;
  socket: string;
  addresses: string[];
}

export type Fragment =
  | { kind: 'join'; code: string }
  | { kind: 'facilitate'; session: string; secret: string }
  | { kind: 'admin'; secret: string }
  | { kind: 'none' };

const SEAT_KEY = 'mandate.seat';
/** The admin page's secret, kept per tab so a reload stays the admin page. */
const ADMIN_KEY = 'mandate.admin';

export async function detectHost(): Promise<HostInfo | null> {
  try {
    const res = await fetch('/host.json', { cache: 'no-store' });
    if (!res.ok) return null;
    const info = (await res.json()) as Partial<HostInfo>;
    if (info.mandateHost !== 1 || typeof info.socket !== 'string') return null;
    return {
      mandateHost: 1,
      bootId: String(info.bootId ?? ''),
      socket: info.socket,
      addresses: Array.isArray(info.addresses) ? info.addresses.map(String) : [],
    };
  } catch {
    return null;
  }
}

/** `#join=CODE`, `#facilitate=SESSION.SECRET` or `#admin=SECRET`, then gone from the address bar. */
export function takeFragment(): Fragment {
  const hash = window.location.hash.slice(1);
  const [key, value = ''] = hash.split('=', 2) as [string, string?];
  let found: Fragment = { kind: 'none' };
  if (key === 'join' && value) found = { kind: 'join', code: decodeURIComponent(value) };
  if (key === 'facilitate' && value.includes('.')) {
    const [session, secret] = value.split('.', 2) as [string, string];
    if (session && secret) found = { kind: 'facilitate', session, secret };
  }
  if (key === 'admin' && value) found = { kind: 'admin', secret: value };
  if (found.kind !== 'none')
    history.replaceState(null, '', window.location.pathname + window.location.search);
  return found;
}

function keeper(): SeatKeeper & {
  readAdmin(): string | null;
  writeAdmin(secret: string): void;
} {
  return {
    readAdmin() {
      try {
        return window.sessionStorage.getItem(ADMIN_KEY);
      } catch {
        return null;
      }
    },
    writeAdmin(secret) {
      try {
        window.sessionStorage.setItem(ADMIN_KEY, secret);
      } catch {
        // A tab that cannot keep it opens the admin address again after a reload.
      }
    },
    read() {
      try {
        const raw = window.sessionStorage.getItem(SEAT_KEY);
        const c = raw ? (JSON.parse(raw) as Credentials) : null;
        return c && (c.kind === 'seat' || c.kind === 'facilitator') ? c : null;
      } catch {
        return null;
      }
    },
    write(c) {
      try {
        if (c) window.sessionStorage.setItem(SEAT_KEY, JSON.stringify(c));
        else window.sessionStorage.removeItem(SEAT_KEY);
      } catch {
        // A tab that cannot keep it only loses its seat on a reload.
      }
    },
  };
}

/** 16 random bytes as hex: `crypto.randomUUID` is missing on a plain-HTTP LAN page. */
function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function connectToHost(session: SessionStore, info: HostInfo, fragment: Fragment): void {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const kept = keeper();
  const resuming =
    kept.read() !== null && fragment.kind !== 'facilitate' && fragment.kind !== 'admin';
  const link = createLink({
    url: `${scheme}://${window.location.host}${info.socket}`,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
    keeper: kept,
    onEvent: (e) => session.hear(e),
    randomId,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
  });
  session.attachLink(link, {
    code: fragment.kind === 'join' ? fragment.code : undefined,
    resuming,
    addresses: info.addresses,
  });
  if (fragment.kind === 'facilitate') session.facilitate(fragment.session, fragment.secret);
  const admin = fragment.kind === 'admin' ? fragment.secret : kept.readAdmin();
  if (admin && fragment.kind !== 'facilitate' && fragment.kind !== 'join') {
    kept.writeAdmin(admin);
    session.administer(admin);
  }
}
