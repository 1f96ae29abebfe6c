/**
 * The WebSocket endpoint (`/ws`): one `Peer` per connection, frames handed to the host. The
 * socket's own limits come first, before anything reads a frame:
 *
 * - `maxPayload` is the protocol's client limit: a larger frame closes the socket (1009) unread;
 * - text frames only; a binary frame is refused;
 * - a connection may send `rate` messages a second (a burst of twice that): past it each is
 *   refused as `tooMany` until the bucket refills, so one device cannot starve a session;
 * - a device that reads too slowly (over 8 MB waiting) is cut off rather than held in memory;
 * - heartbeats: a ping every `heartbeatMs`; a socket that missed two pongs is terminated, so a
 *   tablet that went to sleep stops counting as connected.
 */
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_CLIENT_FRAME_BYTES, type HostMessage } from '../net/protocol';
import type { Host } from './sessions';
import type { Peer } from './session';

export interface SocketOptions {
  heartbeatMs: number;
  /** Messages a second a connection may send; 0 for no limit. */
  rate: number;
  report: (message: string) => void;
}

const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/** A token bucket: `rate` a second, up to `2 × rate` at once. */
function bucket(rate: number, now: () => number): () => boolean {
  if (rate <= 0) return () => true;
  let tokens = rate * 2;
  let at = now();
  return () => {
    const t = now();
    tokens = Math.min(rate * 2, tokens + ((t - at) * rate) / 1000);
    at = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function attachSockets(server: Server, host: Host, options: SocketOptions): WebSocketServer {
  const wss = new WebSocketServer({ server, path: '/ws', maxPayload: MAX_CLIENT_FRAME_BYTES });
  const missed = new Map<WebSocket, number>();

  const beat = setInterval(() => {
    for (const ws of wss.clients) {
      const n = missed.get(ws) ?? 0;
      if (n >= 2) {
        ws.terminate();
        continue;
      }
      missed.set(ws, n + 1);
      ws.ping();
    }
  }, options.heartbeatMs);
  beat.unref();
  wss.on('close', () => clearInterval(beat));

  wss.on('connection', (ws) => {
    missed.set(ws, 0);
    const sendFrame = (frame: string) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
      ws.send(frame);
    };
    const peer: Peer = {
      send: (m: HostMessage) => sendFrame(JSON.stringify(m)),
      sendFrame,
      // 1012, "service restart": come back (a centre's proxy sends the device to the new host).
      close: () => ws.close(1012, 'the session moved to another host'),
    };
    const allowed = bucket(options.rate, Date.now);
    ws.on('pong', () => missed.set(ws, 0));
    ws.on('message', (data, isBinary) => {
      if (!allowed()) return peer.send({ t: 'refused', reason: { host: 'tooMany' } });
      if (isBinary)
        return peer.send({ t: 'refused', reason: { host: 'badMessage', detail: 'binary frame' } });
      const frame = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : data.toString('utf8');
      host.receive(peer, frame).catch((e: unknown) => {
        options.report(
          `a message could not be handled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        peer.send({
          t: 'refused',
          reason: { host: 'badMessage', detail: 'the host could not handle it' },
        });
      });
    });
    ws.on('close', () => {
      missed.delete(ws);
      host.drop(peer);
    });
    ws.on('error', (e) => options.report(`socket: ${e.message}`));
  });
  return wss;
}
