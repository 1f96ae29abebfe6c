/**
 * npm run bench:host [-- --json] [--scenario NAME]: a classroom of 40 devices on loopback against a
 * host in a child process, through a whole game (the default scenario). Three teams on four
 * tablets each, seven evaluators, ten projectors, ten spectators (projector seats on their own
 * devices) and the facilitator; one tablet of each team plans with the cooperative policy, all
 * three at once, every turn. Figures, not assertions (docs/performance.md):
 *
 * - latency from a commit leaving a team's tablet to each device holding a view that shows it
 *   (p50, p95, max over every commit and every device);
 * - messages and bytes each device is sent per turn (mean over devices, and the largest);
 * - the host's memory (resident set at the end, and its peak).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRules, type Command, type PlanStep, type RoleId } from '../engine';
import { POLICIES } from '../engine/policies';
import { seedRng } from '../engine/rng';
import type { Scenario } from '../format';
import { Client, HostProcess, until } from './client';
import { BUNDLED_DIR, bundledFile } from './scenarios';
import type { HostMessage } from '../net/protocol';
import { parseArgs, run, UsageError } from '../cli/common';

const USAGE = 'usage: npm run bench:host [-- --json] [--scenario NAME]';

interface Device {
  client: Client;
  kind: 'team' | 'evaluator' | 'projector' | 'spectator' | 'facilitator';
  /** When each view arrived (ms, performance clock), by its seq. */
  views: { seq: number; at: number }[];
  frames: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** VmRSS and VmHWM of a process, in MB (Linux); null elsewhere. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: round(kb('VmRSS') / 1024), peakMb: round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['scenario']);
  const name = String(args.flags.get('scenario') ?? 'default');
  const file = bundledFile(name);
  if (!file) throw new UsageError(`no bundled scenario is called ${name}`);
  const rules = compileRules(JSON.parse(readFileSync(BUNDLED_DIR + file, 'utf8')) as Scenario);
  const data = mkdtempSync(join(tmpdir(), 'mandate-bench-host-'));
  // The socket is what is measured: the host serves an empty folder rather than build the game.
  const host = await HostProcess.start(data, [
    '--scenario',
    name,
    '--seed',
    'bench',
    '--rate',
    '0',
    '--dist',
    data,
  ]);
  const devices: Device[] = [];
  const add = async (kind: Device['kind'], label: string): Promise<Device> => {
    const d: Device = {
      client: new Client(host.port, label, false),
      kind,
      views: [],
      frames: 0,
      bytes: 0,
    };
    d.client.onFrame = (text, m: HostMessage) => {
      d.frames++;
      d.bytes += Buffer.byteLength(text);
      if (m.t === 'update' || m.t === 'welcome')
        d.views.push({ seq: m.view.seq, at: performance.now() });
    };
    await d.client.connect();
    devices.push(d);
    return d;
  };
  try {
    const { session, code, secret } = host.info.sessions[0]!;
    const facilitator = await add('facilitator', 'facilitator');
    await facilitator.client.facilitate(session, secret!);
    const approve = async (d: Device, join: () => Promise<HostMessage>) => {
      const asked = facilitator.client.next((m) => m.t === 'seats' && m.requests.length > 0);
      const welcomed = d.client.next('welcome');
      const first = await join();
      if (first.t === 'welcome') return;
      const seats = await asked;
      if (seats.t === 'seats')
        facilitator.client.send({
          t: 'seatAdmin',
          op: 'approve',
          request: seats.requests[0]!.request,
        });
      await welcomed;
    };
    const planners = new Map<RoleId, Client>();
    for (const role of rules.scenario.roles.map((r) => r.id)) {
      for (let i = 0; i < 4; i++) {
        const d = await add('team', `${role}-${i}`);
        await approve(d, () => d.client.join(code, 'team', role, `Team ${role}`));
        if (i === 0) planners.set(role, d.client);
      }
    }
    for (let i = 0; i < 7; i++) {
      const d = await add('evaluator', `evaluator-${i}`);
      await approve(d, () => d.client.join(code, 'evaluator', undefined, `Evaluator ${i}`));
    }
    for (const kind of ['projector', 'spectator'] as const)
      for (let i = 0; i < 10; i++)
        await (await add(kind, `${kind}-${i}`)).client.join(code, 'projector');
    facilitator.client.send({ t: 'start' });
    await until(() => devices.every((d) => d.client.view?.started), 20_000, 'the start');

    const commits: { seq: number; sentAt: number }[] = [];
    const send = async (c: Client, cmd: Command): Promise<void> => {
      for (;;) {
        const sentAt = performance.now();
        const answer = await c.command(cmd);
        if (answer.t === 'ack' && cmd.type === 'commit') commits.push({ seq: answer.seq, sentAt });
        if (answer.t !== 'stale') return;
        await until(() => (c.view?.seq ?? 0) >= answer.seq, 5000, 'the view after stale');
      }
    };
    const step = async (s: PlanStep) =>
      Promise.all(
        [...planners.values()].map(async (c) => {
          for (const cmd of POLICIES.cooperative.plan(c.roleView(rules), s, seedRng('bench')))
            await send(c, cmd);
        }),
      );
    const started = performance.now();
    let turns = 0;
    while (facilitator.client.view!.state.status === 'planning') {
      const turn = facilitator.client.view!.state.turn;
      await step('propose');
      await step('respond');
      await step('complete');
      await Promise.all([...planners].map(([role, c]) => send(c, { type: 'commit', role })));
      const last = commits.at(-1)!.seq;
      await until(
        () => devices.every((d) => (d.client.view?.seq ?? 0) >= last),
        20_000,
        `turn ${turn}`,
      );
      turns++;
    }
    const gameMs = performance.now() - started;
    const memory = memoryOf(host.proc.pid!);

    const latencies: number[] = [];
    for (const c of commits)
      for (const d of devices) {
        const view = d.views.find((v) => v.seq >= c.seq && v.at >= c.sentAt);
        if (view) latencies.push(view.at - c.sentAt);
      }
    latencies.sort((a, b) => a - b);
    const perKind = (kind: Device['kind']) => {
      const ds = devices.filter((d) => d.kind === kind);
      const frames = ds.map((d) => d.frames / turns);
      const kb = ds.map((d) => d.bytes / 1024 / turns);
      return {
        devices: ds.length,
        messagesPerTurn: round(frames.reduce((a, b) => a + b, 0) / ds.length),
        kbPerTurn: round(kb.reduce((a, b) => a + b, 0) / ds.length),
        maxKbPerTurn: round(Math.max(...kb)),
      };
    };
    const figures = {
      scenario: file,
      devices: devices.length,
      turns,
      commands: facilitator.client.view!.seq,
      gameSeconds: round(gameMs / 1000, 2),
      commitToView: {
        samples: latencies.length,
        p50Ms: round(percentile(latencies, 50)),
        p95Ms: round(percentile(latencies, 95)),
        maxMs: round(latencies.at(-1) ?? 0),
      },
      perDevice: Object.fromEntries(
        (['team', 'evaluator', 'projector', 'spectator', 'facilitator'] as const).map((k) => [
          k,
          perKind(k),
        ]),
      ),
      hostMemory: memory,
      machine: { cpus: cpus().length, node: process.version },
    };
    if (args.flags.has('json')) console.log(JSON.stringify(figures, null, 2));
    else {
      const l = figures.commitToView;
      console.log(
        `${figures.devices} devices, ${figures.scenario}: ${turns} turns, ${figures.commands} commands in ${figures.gameSeconds} s`,
      );
      console.log(
        `commit → every device's updated view: p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, max ${l.maxMs} ms (${l.samples} samples)`,
      );
      for (const [kind, f] of Object.entries(figures.perDevice))
        console.log(
          `  ${kind.padEnd(11)} ×${String(f.devices).padStart(2)}: ${f.messagesPerTurn} messages and ${f.kbPerTurn} kB a turn each (largest ${f.maxKbPerTurn} kB)`,
        );
      if (memory)
        console.log(
          `host memory: ${memory.rssMb} MB resident at the end, ${memory.peakMb} MB at the peak`,
        );
    }
  } finally {
    for (const d of devices) d.client.close();
    await host.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  }
});
