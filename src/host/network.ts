/**
 * What the terminal tells the facilitator: the host's addresses as IP URLs (many phones do not
 * resolve `.local` names), each session's code and a QR code of the teams' join address, and,
 * apart and never in a QR code, the facilitator's address with its secret. Secrets ride after `#`,
 * so they never reach a server log or a `Referer`.
 */
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

/** The non-internal IPv4 addresses of this machine, private ranges first. */
export function lanAddresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
  const rank = (a: string) => (/^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(a) ? 0 : 1);
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const baseUrl = (address: string, port: number) => `http://${address}:${port}/`;
export const joinUrl = (base: string, code: string) => `${base}#join=${code}`;
export const facilitatorUrl = (base: string, session: string, secret: string) =>
  `${base}#facilitate=${session}.${secret}`;
export const adminUrl = (base: string, secret: string) => `${base}#admin=${secret}`;

/** A QR code drawn with block characters, for a terminal. */
export async function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

export const WIFI_ADVICE = [
  'If a tablet cannot open the address, the Wi-Fi probably isolates its clients (common on',
  'guest and hotel networks): start a hotspot on a phone, join this laptop and the tablets to it,',
  'and restart the host (or read the new address it prints). The game needs no Internet.',
].join('\n');
