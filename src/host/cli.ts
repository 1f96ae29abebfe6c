/**
 * `npm run host`: builds the game if it needs it, then runs a host for a networked classroom.
 *
 * At start the host resumes every session its database holds (with PostgreSQL: every one no
 * other host holds). It creates a new one from the options when `--new` is given, or when no
 * session in the database is still being played (nor held by another host, which cannot be
 * read from here); so starting the host again after a crash, with the same command, resumes the
 * game in progress, and a second host of a centre starts with the sessions it takes over.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPolicyId, type PolicyId } from '../engine';
import { intFlag, parseArgs, run, UsageError } from '../cli/common';
import { ensureBuilt, DIST } from './build';
import {
  adminUrl,
  baseUrl,
  facilitatorUrl,
  joinUrl,
  lanAddresses,
  terminalQr,
  WIFI_ADVICE,
} from './network';
import { HEARTBEAT_MS } from '../net/protocol';
import { loadScenario } from './scenarios';
import { newToken } from './secrets';
import { DEFAULT_LEASE_MS } from './leases';
import { redactUrl } from './log/postgres';
import { startHost } from './server';
import type { Created } from './sessions';

const USAGE = `usage: npm run host -- [options]

  --scenario FILE|NAME  the scenario of a new session: a bundled one by name (default, tutorial,
                        organised-crime, election-capital, divided-town) or a scenario file
  --seed S              the seed of a new session (random when left out)
  --policy P            who plays the roles no team takes: cooperative (default), siloed, random
  --new                 create a new session even though one is being played
  --port N              the port (default MANDATE_PORT or 8080; a free one if it is taken)
  --data DIR            where the SQLite file and the admin secret live (default ./.mandate-host)
  --database URL        a PostgreSQL database instead of the SQLite file (default
                        MANDATE_DATABASE_URL): a centre's hosts share one, each session owned by
                        one host at a time and taken over by another when its host dies
  --lease MS            how long a session stays its host's without a renewal (PostgreSQL;
                        default 10000): a dead host's sessions are taken over within 1.25 leases
  --no-build            serve dist/ as it is, without building it when it is stale
  --rate N              messages a second one device may send (default 50; 0: no limit)
  --heartbeat MS        ping each device this often (default 10000); two missed pongs drop it
  --dist DIR            serve this folder as the game instead of dist/ (never built)
  --json                print one JSON line when ready (for scripts), not the banner`;

run(USAGE, async () => {
  const args = parseArgs(
    process.argv.slice(2),
    [
      'scenario',
      'seed',
      'policy',
      'port',
      'data',
      'database',
      'lease',
      'rate',
      'heartbeat',
      'dist',
    ],
    ['new', 'no-build', 'json'],
  );
  const json = args.flags.has('json');
  const say = (line: string) => (json ? console.error(line) : console.log(line));
  const envPort = process.env.MANDATE_PORT;
  const port = args.flags.has('port')
    ? intFlag(args, 'port', 8080, 0)
    : envPort !== undefined && /^\d+$/.test(envPort)
      ? Number(envPort)
      : 8080;
  if (port > 65535) throw new UsageError('--port must be at most 65535');
  const policy = String(args.flags.get('policy') ?? 'cooperative');
  if (!isPolicyId(policy)) throw new UsageError(`--policy must be cooperative, siloed or random`);
  const dataDir = resolve(String(args.flags.get('data') ?? '.mandate-host'));
  mkdirSync(dataDir, { recursive: true });
  const flag = args.flags.get('database');
  const database = typeof flag === 'string' ? flag : process.env.MANDATE_DATABASE_URL || undefined;
  if (database !== undefined && !/^postgres(ql)?:\/\//.test(database))
    throw new UsageError('the database URL must start with postgres:// or postgresql://');

  if (!args.flags.has('no-build') && !args.flags.has('dist')) ensureBuilt(say);

  const scenarioName = String(args.flags.get('scenario') ?? 'default');
  const running = await startHost({
    port,
    dataDir,
    distDir: args.flags.has('dist') ? resolve(String(args.flags.get('dist'))) : DIST,
    ...(database !== undefined ? { databaseUrl: database } : {}),
    leaseMs: intFlag(args, 'lease', DEFAULT_LEASE_MS, 100),
    heartbeatMs: intFlag(args, 'heartbeat', HEARTBEAT_MS, 10),
    rate: intFlag(args, 'rate', 50, 0),
    report: (m) => console.error(m),
  });
  let created: Created | null = null;
  const playing =
    running.host.list().some((s) => s.game().state.status !== 'ended') ||
    running.host.heldElsewhere() > 0;
  if (args.flags.has('new') || !playing) {
    const scenario = await loadScenario(scenarioName, true);
    if (!scenario.ok) {
      await running.close();
      throw new UsageError(scenario.problem);
    }
    const seed = String(args.flags.get('seed') ?? newToken().slice(0, 12));
    created = await running.host.create(scenario, seed, policy as PolicyId);
  }

  const shutdown = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const addresses = lanAddresses();
  const bases = (addresses.length ? addresses : ['localhost']).map((a) => baseUrl(a, running.port));
  const sessions = running.host.list();
  if (json) {
    console.log(
      JSON.stringify({
        ready: true,
        port: running.port,
        fellBack: running.fellBack,
        bootId: running.bootId,
        admin: running.adminSecret,
        sessions: sessions.map((s) => ({
          session: s.id,
          code: s.code,
          ...(created?.session === s ? { secret: created.secret } : {}),
        })),
      }),
    );
    return;
  }
  const lines: string[] = ['', 'Mandate host is running.'];
  if (running.fellBack) lines.push(`Port ${port} was taken: using port ${running.port} instead.`);
  if (addresses.length === 0)
    lines.push(
      'No network found: only this machine can connect (http://localhost). Join a Wi-Fi or a phone hotspot.',
    );
  lines.push(
    `Sessions are kept in ${database ? redactUrl(database) : join(dataDir, 'mandate-host.sqlite')}.`,
  );
  lines.push('', 'Teams, projector and evaluators open:', ...bases.map((b) => `  ${b}`));
  for (const s of sessions) {
    const g = s.game();
    lines.push(
      '',
      `Session ${s.code} — ${s.summary().scenario}, turn ${g.state.turn} (${g.state.status})`,
    );
    lines.push(`  Teams open ${joinUrl(bases[0]!, s.code)} or type the code ${s.code}`);
    lines.push(await terminalQr(joinUrl(bases[0]!, s.code)));
  }
  lines.push('', WIFI_ADVICE, '');
  lines.push('For the facilitator only — never project these, never put them in a QR code:');
  if (created) {
    const s = created.session;
    lines.push(`  Facilitator of ${s.code}: ${facilitatorUrl(bases[0]!, s.id, created.secret)}`);
  } else {
    lines.push(
      '  Facilitators of resumed sessions keep the address they had; one that was lost is',
    );
    lines.push('  issued again (the old one stops working) from the admin page below.');
  }
  lines.push(
    `  Host admin (creates sessions, lists them): ${adminUrl(bases[0]!, running.adminSecret)}`,
  );
  console.log(lines.join('\n'));
});
