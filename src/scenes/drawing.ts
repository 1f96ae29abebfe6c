/**
 * Graphics primitives for the map. Everything is drawn in canvas pixels, so stroke widths and
 * icon sizes stay constant whatever the zoom. Icons are drawn as vector shapes rather than loaded
 * from files: nothing to fetch, and they look the same under WebGL and Canvas.
 */
import type * as Phaser from 'phaser';
import { dashSegments, type Box, type Vec } from './geometry';
import { cssToNumber, MAP_COLOURS } from './palette';

type Graphics = Phaser.GameObjects.Graphics;

function tracePath(g: Graphics, pts: readonly Vec[]): void {
  g.beginPath();
  g.moveTo(pts[0]!.x, pts[0]!.y);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i]!.x, pts[i]!.y);
  g.closePath();
}

export function fillPolygon(g: Graphics, pts: readonly Vec[], colour: number, alpha = 1): void {
  if (pts.length < 3) return;
  g.fillStyle(colour, alpha);
  tracePath(g, pts);
  g.fillPath();
}

/** A closed outline; dots on the corners stand in for round joins, which WebGL strokes lack. */
export function strokePolygon(
  g: Graphics,
  pts: readonly Vec[],
  width: number,
  colour: number,
  alpha = 1,
): void {
  if (pts.length < 2) return;
  g.lineStyle(width, colour, alpha);
  tracePath(g, pts);
  g.strokePath();
  if (width >= 3) {
    g.fillStyle(colour, alpha);
    for (const p of pts) g.fillCircle(p.x, p.y, width / 2);
  }
}

export function dashPolygon(
  g: Graphics,
  pts: readonly Vec[],
  width: number,
  colour: number,
  dash: number,
  gap: number,
): void {
  g.lineStyle(width, colour, 1);
  for (const [x0, y0, x1, y1] of dashSegments(pts, dash, gap)) g.lineBetween(x0, y0, x1, y1);
}

/** A unit badge body: a rounded rectangle in the role's colour with a dark rim. */
export function drawBadge(g: Graphics, box: Box, colour: string, own: boolean): void {
  const r = Math.min(6, box.height / 3);
  g.fillStyle(cssToNumber(MAP_COLOURS.border), 0.9);
  g.fillRoundedRect(box.x - 2, box.y - 2, box.width + 4, box.height + 4, r + 2);
  g.fillStyle(cssToNumber(colour), 1);
  g.fillRoundedRect(box.x, box.y, box.width, box.height, r);
  if (own) {
    // The viewer's own units get a white ring, so a team finds its units at a glance.
    g.lineStyle(2, 0xffffff, 1);
    g.strokeRoundedRect(box.x - 3.5, box.y - 3.5, box.width + 7, box.height + 7, r + 3);
  }
}

/**
 * A warning triangle with an exclamation mark, and a round count badge at its upper right when
 * more than one incident is open. `box` is the triangle's square.
 */
export function drawIncident(g: Graphics, box: Box, count: number): Box | null {
  const { x, y, width: w, height: h } = box;
  const dark = cssToNumber(MAP_COLOURS.border);
  const top = { x: x + w / 2, y };
  const left = { x, y: y + h };
  const right = { x: x + w, y: y + h };
  g.fillStyle(dark, 1);
  g.fillTriangle(top.x, top.y - 3.5, left.x - 3.5, left.y + 2, right.x + 3.5, right.y + 2);
  g.fillStyle(cssToNumber(MAP_COLOURS.incident), 1);
  g.fillTriangle(top.x, top.y, left.x, left.y, right.x, right.y);
  const bar = Math.max(2.5, w * 0.11);
  g.fillStyle(dark, 1);
  g.fillRect(top.x - bar / 2, y + h * 0.32, bar, h * 0.36);
  g.fillCircle(top.x, y + h * 0.8, bar * 0.65);
  if (count <= 1) return null;
  const r = Math.max(10, h * 0.42);
  const c = { x: x + w + r * 0.35, y: y + r * 0.2 };
  g.fillStyle(dark, 1);
  g.fillCircle(c.x, c.y, r + 2);
  g.fillStyle(cssToNumber(MAP_COLOURS.incidentCount), 1);
  g.fillCircle(c.x, c.y, r);
  return { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r };
}
