/**
 * Which polygons share a border: two districts are neighbours when an edge of one lies along an
 * edge of the other for more than the tolerance. Touching at a corner is not a border (units
 * could not cross there on a real map either).
 *
 * Edges are put in a grid of cells about one mean edge long, and only edges that share a cell are
 * compared, so the work grows with the number of edges rather than with its square. A map whose
 * shapes pile up in one place could still make every cell crowded: past a budget of comparisons
 * the answer is a refusal, never a frozen page.
 */
import type { Point } from '../format';

/** Comparisons of two edges, counted so tests can prove the work grows linearly; never read by the
 * app. */
export const edgeWork = { comparisons: 0 };

/** Far more than any drawn map needs (a few per edge), little enough to stay under a second. */
export const MAX_EDGE_COMPARISONS = 5_000_000;

/**
 * Whether segment q lies along segment p for more than `tol`: both ends of q within `tol` of
 * p's line, and their projections onto p overlapping by more than `tol`. This covers edges with
 * the same two corners (within the tolerance) as well as a long edge against part of another.
 */
function alongside(p1: Point, p2: Point, q1: Point, q2: Point, tol: number): boolean {
  edgeWork.comparisons++;
  const dx = p2[0] - p1[0];
  const dy = p2[1] - p1[1];
  const length = Math.hypot(dx, dy);
  if (length <= tol) return false;
  const ux = dx / length;
  const uy = dy / length;
  const offLine = (q: Point) => Math.abs(ux * (q[1] - p1[1]) - uy * (q[0] - p1[0]));
  if (offLine(q1) > tol || offLine(q2) > tol) return false;
  const t1 = ux * (q1[0] - p1[0]) + uy * (q1[1] - p1[1]);
  const t2 = ux * (q2[0] - p1[0]) + uy * (q2[1] - p1[1]);
  const overlap = Math.min(length, Math.max(t1, t2)) - Math.max(0, Math.min(t1, t2));
  return overlap > tol;
}

/** Whether two outlines share a stretch of border. */
export function shareEdge(a: readonly Point[], b: readonly Point[], tol: number): boolean {
  return (sharedEdges([a, b], tol)?.[0]?.length ?? 0) > 0;
}

interface Edge {
  shape: number;
  a: Point;
  b: Point;
}

/**
 * For each shape, the indices of the shapes it shares an edge with, in ascending order; or
 * `undefined` when that takes more than `budget` comparisons.
 */
export function sharedEdges(
  shapes: readonly (readonly Point[] | undefined)[],
  tol: number,
  budget = MAX_EDGE_COMPARISONS,
): number[][] | undefined {
  // An edge no longer than the tolerance can never lie along another for more than it.
  const edges: Edge[] = [];
  let total = 0;
  shapes.forEach((shape, s) => {
    if (!shape || shape.length < 2) return;
    for (let i = 0; i < shape.length; i++) {
      const a = shape[i]!;
      const b = shape[(i + 1) % shape.length]!;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (length > tol) {
        edges.push({ shape: s, a, b });
        total += length;
      }
    }
  });
  const out = shapes.map((): number[] => []);
  if (edges.length === 0) return out;

  const cell = Math.max(total / edges.length, 2 * tol);
  const cells = new Map<string, number[]>();
  edges.forEach((e, index) => {
    for (const key of cellsAlong(e, cell, tol)) {
      const list = cells.get(key);
      if (list) list.push(index);
      else cells.set(key, [index]);
    }
  });

  const known = new Set<number>();
  const pairKey = (i: number, j: number) => i * shapes.length + j;
  const start = edgeWork.comparisons;
  for (const list of cells.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        let p = edges[list[x]!]!;
        let q = edges[list[y]!]!;
        if (p.shape === q.shape) continue;
        // The lower shape's edge is p, as when every pair of shapes was compared in order.
        if (p.shape > q.shape) [p, q] = [q, p];
        const key = pairKey(p.shape, q.shape);
        if (known.has(key)) continue;
        if (edgeWork.comparisons - start >= budget) return undefined;
        if (alongside(p.a, p.b, q.a, q.b, tol)) {
          known.add(key);
          out[p.shape]!.push(q.shape);
          out[q.shape]!.push(p.shape);
        }
      }
    }
  }
  for (const list of out) list.sort((x, y) => x - y);
  return out;
}

/**
 * The cells an edge may meet another edge in: it is cut into pieces no longer than a cell, and
 * each piece's box, grown by the tolerance, names the cells it covers (at most nine). Two edges
 * that lie along each other come within the tolerance somewhere, so they share a cell there.
 */
function cellsAlong(e: Edge, cell: number, tol: number): Set<string> {
  const keys = new Set<string>();
  const [ax, ay] = e.a;
  const [bx, by] = e.b;
  const pieces = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / cell));
  for (let k = 0; k < pieces; k++) {
    const x0 = ax + ((bx - ax) * k) / pieces;
    const y0 = ay + ((by - ay) * k) / pieces;
    const x1 = ax + ((bx - ax) * (k + 1)) / pieces;
    const y1 = ay + ((by - ay) * (k + 1)) / pieces;
    const c0 = Math.floor((Math.min(x0, x1) - tol) / cell);
    const c1 = Math.floor((Math.max(x0, x1) + tol) / cell);
    const r0 = Math.floor((Math.min(y0, y1) - tol) / cell);
    const r1 = Math.floor((Math.max(y0, y1) + tol) / cell);
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) keys.add(`${c},${r}`);
  }
  return keys;
}
