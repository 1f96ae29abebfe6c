/**
 * Which polygons share a border: two districts are neighbours when an edge of one lies along an
 * edge of the other for more than the tolerance. Touching at a corner is not a border (units
 * could not cross there on a real map either).
 */
import type { Point } from '../format';

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function box(shape: readonly Point[]): Box {
  const xs = shape.map((p) => p[0]);
  const ys = shape.map((p) => p[1]);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

const apart = (a: Box, b: Box, tol: number) =>
  a.maxX + tol < b.minX || b.maxX + tol < a.minX || a.maxY + tol < b.minY || b.maxY + tol < a.minY;

/**
 * Whether segment q lies along segment p for more than `tol`: both ends of q within `tol` of
 * p's line, and their projections onto p overlapping by more than `tol`. This covers edges with
 * the same two corners (within the tolerance) as well as a long edge against part of another.
 */
function alongside(p1: Point, p2: Point, q1: Point, q2: Point, tol: number): boolean {
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

export function shareEdge(a: readonly Point[], b: readonly Point[], tol: number): boolean {
  if (a.length < 2 || b.length < 2 || apart(box(a), box(b), tol)) return false;
  for (let i = 0; i < a.length; i++) {
    const p1 = a[i]!;
    const p2 = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      if (alongside(p1, p2, b[j]!, b[(j + 1) % b.length]!, tol)) return true;
    }
  }
  return false;
}

/** For each shape, the indices of the shapes it shares an edge with, in ascending order. */
export function sharedEdges(
  shapes: readonly (readonly Point[] | undefined)[],
  tol: number,
): number[][] {
  const out = shapes.map((): number[] => []);
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i];
      const b = shapes[j];
      if (a && b && shareEdge(a, b, tol)) {
        out[i]!.push(j);
        out[j]!.push(i);
      }
    }
  }
  for (const list of out) list.sort((x, y) => x - y);
  return out;
}
