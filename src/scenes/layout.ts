/**
 * Where each district's label block goes on the canvas: the name, the value with the incident
 * marker beside it, and a row of unit badges, stacked and centred on the district's anchor.
 * Pure and measured from the outside (Phaser measures the text), so it is tested in Node.
 */
import { boxesOverlap, type Box, type Vec } from './geometry';
import { drawWork } from './drawWork';

export interface Size {
  width: number;
  height: number;
}

export interface BlockInput {
  anchor: Vec;
  name: Size;
  value: Size | null;
  incident: Size | null;
  badges: Size[];
}

export interface BlockLayout {
  name: Box;
  value: Box | null;
  incident: Box | null;
  badges: Box[];
  /** The whole block, for collision checks. */
  box: Box;
}

export interface LayoutSpacing {
  rowGap: number;
  badgeGap: number;
  /** Space between the value and the incident marker. */
  sideGap: number;
}

function row(items: Size[], gap: number): number {
  return items.reduce((s, it) => s + it.width, 0) + gap * Math.max(0, items.length - 1);
}

export function layoutBlock(input: BlockInput, spacing: LayoutSpacing): BlockLayout {
  const { anchor, name, value, incident, badges } = input;
  const midItems = [value, incident].filter((s): s is Size => s !== null);
  const midWidth = row(midItems, spacing.sideGap);
  const midHeight = Math.max(0, ...midItems.map((s) => s.height));
  const badgeWidth = row(badges, spacing.badgeGap);
  const badgeHeight = Math.max(0, ...badges.map((s) => s.height));
  const rows = [name.height, midHeight, badgeHeight].filter((h) => h > 0);
  const height = rows.reduce((s, h) => s + h, 0) + spacing.rowGap * Math.max(0, rows.length - 1);
  const width = Math.max(name.width, midWidth, badgeWidth);

  let y = anchor.y - height / 2;
  const nameBox: Box = { x: anchor.x - name.width / 2, y, width: name.width, height: name.height };
  y += name.height + (midHeight > 0 || badgeHeight > 0 ? spacing.rowGap : 0);

  let valueBox: Box | null = null;
  let incidentBox: Box | null = null;
  if (midHeight > 0) {
    // Centre the value alone so numbers line up under names; the marker hangs to its right.
    const valueWidth = value?.width ?? 0;
    let x = value ? anchor.x - valueWidth / 2 : anchor.x - midWidth / 2;
    if (value) {
      valueBox = {
        x,
        y: y + (midHeight - value.height) / 2,
        width: value.width,
        height: value.height,
      };
      x += value.width + spacing.sideGap;
    }
    if (incident)
      incidentBox = {
        x,
        y: y + (midHeight - incident.height) / 2,
        width: incident.width,
        height: incident.height,
      };
    y += midHeight + (badgeHeight > 0 ? spacing.rowGap : 0);
  }

  let bx = anchor.x - badgeWidth / 2;
  const badgeBoxes = badges.map((b) => {
    const box = { x: bx, y: y + (badgeHeight - b.height) / 2, width: b.width, height: b.height };
    bx += b.width + spacing.badgeGap;
    return box;
  });

  const parts = [nameBox, valueBox, incidentBox, ...badgeBoxes].filter((b): b is Box => b !== null);
  const minX = Math.min(...parts.map((b) => b.x));
  const maxX = Math.max(...parts.map((b) => b.x + b.width));
  return {
    name: nameBox,
    value: valueBox,
    incident: incidentBox,
    badges: badgeBoxes,
    box: { x: minX, y: anchor.y - height / 2, width: Math.max(width, maxX - minX), height },
  };
}

/** Moves a whole block by (dx, dy). */
export function shiftBlock(b: BlockLayout, dx: number, dy: number): BlockLayout {
  const m = (box: Box): Box => ({ ...box, x: box.x + dx, y: box.y + dy });
  return {
    name: m(b.name),
    value: b.value && m(b.value),
    incident: b.incident && m(b.incident),
    badges: b.badges.map(m),
    box: m(b.box),
  };
}

/**
 * Nudges blocks apart vertically where they collide (a few relaxation passes), so names never
 * print over each other when the map is small or zoomed out. Returns the moved layouts; blocks
 * stay in their order.
 */
export function separateBlocks(blocks: BlockLayout[], pad: number, passes = 8): BlockLayout[] {
  const out = blocks.slice();
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        drawWork.steps++;
        if (!boxesOverlap(a.box, b.box, pad)) continue;
        const aMid = a.box.y + a.box.height / 2;
        const bMid = b.box.y + b.box.height / 2;
        const overlap =
          aMid <= bMid
            ? a.box.y + a.box.height + pad - b.box.y
            : b.box.y + b.box.height + pad - a.box.y;
        const half = overlap / 2 + 0.5;
        const dir = aMid <= bMid ? 1 : -1;
        out[i] = shiftBlock(a, 0, -dir * half);
        out[j] = shiftBlock(b, 0, dir * half);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Slides a block inside `area` (when it fits), so a name near the map's edge is not cut off. */
export function clampBlock(b: BlockLayout, area: Box): BlockLayout {
  const { box } = b;
  const dx =
    box.width > area.width
      ? 0
      : Math.max(area.x - box.x, Math.min(0, area.x + area.width - (box.x + box.width)));
  const dy =
    box.height > area.height
      ? 0
      : Math.max(area.y - box.y, Math.min(0, area.y + area.height - (box.y + box.height)));
  return dx === 0 && dy === 0 ? b : shiftBlock(b, dx, dy);
}
