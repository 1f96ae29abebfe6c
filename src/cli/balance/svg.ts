/**
 * The balance report's chart as a standalone SVG: win rate by policy, and the score distribution
 * of each policy as grouped bars. Plain shapes and text, so any viewer or Markdown preview shows
 * it.
 */
import type { PolicyId } from '../../engine';
import { pct, type BalanceReport } from './analyse';

const COLOURS: Record<PolicyId, string> = {
  cooperative: '#1b7f6b',
  siloed: '#b5452f',
  random: '#6b7280',
};

export function xml(s: string): string {
  return s
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const WIDTH = 760;
const HEIGHT = 340;
const TOP = 72;
const BOTTOM = 280;
const PLOT = BOTTOM - TOP;

export function balanceSvg(r: BalanceReport): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(`Balance of ${r.scenario.title}`)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="bold">${xml(r.scenario.title)}: ${r.gamesPerPolicy} games a policy</text>`,
    ...winRates(r),
    ...distribution(r),
    ...legend(r),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

function winRates(r: BalanceReport): string[] {
  const left = 40;
  const bar = 44;
  const gap = 16;
  const out = [
    `<text x="${left}" y="${TOP - 26}" font-weight="bold">Win rate</text>`,
    axis(left, left + r.policies.length * (bar + gap), '%'),
  ];
  r.policies.forEach((p, i) => {
    const h = Math.round(PLOT * p.winRate);
    const x = left + gap / 2 + i * (bar + gap);
    out.push(
      `<rect x="${x}" y="${BOTTOM - h}" width="${bar}" height="${h}" fill="${COLOURS[p.policy]}"><title>${p.policy}: ${pct(p.winRate)}%</title></rect>`,
      `<text x="${x + bar / 2}" y="${BOTTOM - h - 4}" text-anchor="middle">${pct(p.winRate)}%</text>`,
      `<text x="${x + bar / 2}" y="${BOTTOM + 16}" text-anchor="middle">${p.policy}</text>`,
    );
  });
  return out;
}

function distribution(r: BalanceReport): string[] {
  const left = 280;
  const right = WIDTH - 20;
  const band = (right - left) / 10;
  const bar = Math.max(2, Math.floor((band - 6) / Math.max(1, r.policies.length)));
  const most = Math.max(1, ...r.policies.flatMap((p) => p.histogram));
  const out = [
    `<text x="${left}" y="${TOP - 26}" font-weight="bold">Score distribution (games per band of 10 points)</text>`,
    axis(left, right, ''),
  ];
  for (let b = 0; b < 10; b++) {
    const x0 = left + b * band + 3;
    r.policies.forEach((p, i) => {
      const n = p.histogram[b] ?? 0;
      const h = Math.round((PLOT * n) / most);
      out.push(
        `<rect x="${x0 + i * bar}" y="${BOTTOM - h}" width="${bar}" height="${h}" fill="${COLOURS[p.policy]}"><title>${p.policy}, score ${b * 10}–${b === 9 ? 100 : b * 10 + 9}: ${n} games</title></rect>`,
      );
    });
    out.push(
      `<text x="${x0 + (band - 6) / 2}" y="${BOTTOM + 16}" text-anchor="middle" font-size="10">${b * 10}</text>`,
    );
  }
  // Where the mission counts as accomplished.
  const x = left + (r.scenario.winScore / 100) * 10 * band;
  out.push(
    `<line x1="${x}" y1="${TOP}" x2="${x}" y2="${BOTTOM}" stroke="#111827" stroke-dasharray="4 3"/>`,
    `<text x="${x + 4}" y="${TOP + 10}" font-size="10">win at ${r.scenario.winScore}</text>`,
  );
  return out;
}

function axis(x1: number, x2: number, unit: string): string {
  const ticks =
    unit === '%'
      ? [0, 50, 100].map(
          (v) =>
            `<text x="${x1 - 4}" y="${BOTTOM - (PLOT * v) / 100 + 4}" text-anchor="end" font-size="10">${v}${unit}</text>`,
        )
      : [];
  return [
    `<line x1="${x1}" y1="${BOTTOM}" x2="${x2}" y2="${BOTTOM}" stroke="#111827"/>`,
    ...ticks,
  ].join('\n');
}

function legend(r: BalanceReport): string[] {
  return r.policies.flatMap((p, i) => {
    const x = 40 + i * 230;
    return [
      `<rect x="${x}" y="${HEIGHT - 26}" width="12" height="12" fill="${COLOURS[p.policy]}"/>`,
      `<text x="${x + 18}" y="${HEIGHT - 16}">${p.policy} (mean score ${p.meanScore})</text>`,
    ];
  });
}
