/**
 * The "districts" section: quadrilaterals on a jittered grid whose inner corners are shared, so
 * the shapes tile the map, with names, regions and starting values drawn from the generator.
 */
import type { Random } from './choose';
import { COLS, H, ROWS, W, type Json } from './plan';

/** The districts, and the ids by region that the other sections place things in. */
export interface LargeMap {
  districts: Json[];
  byRegion: Record<string, string[]>;
  all: string[];
  capital: string[];
}

export function makeDistricts(random: Random): LargeMap {
  const { rng, int } = random;
  const cw = W / COLS;
  const ch = H / ROWS;
  const vx: number[][] = [];
  const vy: number[][] = [];
  for (let j = 0; j <= ROWS; j++) {
    vx.push([]);
    vy.push([]);
    for (let i = 0; i <= COLS; i++) {
      // Corners stay put, border vertices slide along their border, inner ones move freely by
      // at most a quarter cell, which keeps every quadrilateral convex.
      const jx = i === 0 || i === COLS ? 0 : Math.round((rng() - 0.5) * cw * 0.5);
      const jy = j === 0 || j === ROWS ? 0 : Math.round((rng() - 0.5) * ch * 0.5);
      vx[j]!.push(Math.round(i * cw) + jx);
      vy[j]!.push(Math.round(j * ch) + jy);
    }
  }
  const pt = (i: number, j: number): [number, number] => [vx[j]![i]!, vy[j]![i]!];

  const prefixes = [
    'Ash',
    'Bel',
    'Cor',
    'Dun',
    'Esk',
    'Fen',
    'Gar',
    'Hol',
    'Ivel',
    'Jor',
    'Kel',
    'Lom',
  ];
  const suffixes = ['ford', 'mere', 'wick', 'dale', 'holm'];
  const names = prefixes.flatMap((p) => suffixes.map((s) => p + s));
  for (let i = names.length - 1; i > 0; i--) {
    const k = Math.floor(rng() * (i + 1));
    [names[i], names[k]] = [names[k]!, names[i]!];
  }
  const idAt = (c: number, r: number) => names[r * COLS + c]!.toLowerCase();
  const region = (c: number, r: number) =>
    r < 2 ? 'north' : r >= 4 ? 'south' : c >= 4 && c <= 5 ? 'capital' : 'centre';
  const regionText: Record<string, string> = {
    north: 'Hill country where armed groups still move at night.',
    south: 'River plains and smuggling routes to the border.',
    centre: 'Farmland and market towns along the trunk road.',
    capital: 'The federal capital: ministries, markets and crowded suburbs.',
  };

  const districts: Json[] = [];
  const byRegion: Record<string, string[]> = { north: [], south: [], centre: [], capital: [] };
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const id = idAt(c, r);
      const reg = region(c, r);
      byRegion[reg]!.push(id);
      const neighbours: string[] = [];
      if (r > 0) neighbours.push(idAt(c, r - 1));
      if (c < COLS - 1) neighbours.push(idAt(c + 1, r));
      if (r < ROWS - 1) neighbours.push(idAt(c, r + 1));
      if (c > 0) neighbours.push(idAt(c - 1, r));
      const hot = reg === 'north' ? 15 : 0;
      const crooked = reg === 'south' ? 20 : 0;
      districts.push({
        id,
        name: names[r * COLS + c]!,
        description: regionText[reg],
        population: reg === 'capital' ? int(60, 140) * 1000 : int(4, 40) * 1000,
        shape: [pt(c, r), pt(c + 1, r), pt(c + 1, r + 1), pt(c, r + 1)],
        neighbours,
        indicators: {
          security: int(35, 65) - hot,
          trust: int(35, 60),
          tension: int(30, 55) + Math.round(hot / 2),
          need: int(25, 55) + (reg === 'north' ? 10 : 0),
          crime: int(20, 45) + crooked,
        },
      });
    }
  }
  const all = districts.map((d) => d.id as string);
  const capital = byRegion.capital!;
  return { districts, byRegion, all, capital };
}
