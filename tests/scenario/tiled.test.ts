import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedEdges, shareEdge } from '../../src/scenario/edges';
import { buildScenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { parseScenarioText } from '../../src/scenario/load';
import { readScenarioFile } from '../../src/scenario/loadNode';
import { applyTiledMap, tiledReference } from '../../src/scenario/tiled';
import type { Problem } from '../../src/format';
import type { Json } from './helpers';

const DIR = new URL('../fixtures/tiled/', import.meta.url);
const path = (name: string) => fileURLToPath(new URL(name, DIR));
const text = (name: string) => readFileSync(path(name), 'utf8');
const json = (name: string): Json => JSON.parse(text(name));

/** The town as the fixtures draw it: 640 × 480 pixels, scaled to the scenario's 400 × 300. */
const SHAPES = {
  harbour: [
    [0, 0],
    [200, 0],
    [200, 150],
    [0, 150],
  ],
  'old-town': [
    [200, 0],
    [400, 0],
    [400, 150],
    [200, 150],
  ],
  market: [
    [0, 150],
    [250, 150],
    [250, 300],
    [0, 300],
  ],
  hills: [
    [250, 150],
    [400, 150],
    [400, 300],
    [250, 300],
  ],
};
// Market's top edge runs under both harbour and part of old town: a collinear overlap, not a shared
// corner.
const NEIGHBOURS = {
  harbour: ['old-town', 'market'],
  'old-town': ['harbour', 'market', 'hills'],
  market: ['harbour', 'old-town', 'hills'],
  hills: ['old-town', 'market'],
};

function districtsOf(value: unknown): Record<string, { shape: unknown; neighbours: unknown }> {
  const out: Record<string, { shape: unknown; neighbours: unknown }> = {};
  for (const d of (value as Json).districts)
    out[d.id] = { shape: d.shape, neighbours: d.neighbours };
  return out;
}

/** A small map to break in each test: two 32 × 32 px districts side by side on a 2 × 1 tile map. */
function tinyMap(): Json {
  return {
    type: 'map',
    orientation: 'orthogonal',
    infinite: false,
    width: 2,
    height: 1,
    tilewidth: 32,
    tileheight: 32,
    tilesets: [],
    layers: [
      {
        type: 'objectgroup',
        name: 'districts',
        objects: [
          { id: 1, name: 'west', type: '', x: 0, y: 0, width: 32, height: 32, rotation: 0 },
          {
            id: 2,
            name: 'east',
            type: '',
            x: 32,
            y: 0,
            width: 0,
            height: 0,
            rotation: 0,
            polygon: [
              { x: 0, y: 0 },
              { x: 32, y: 0 },
              { x: 32, y: 32 },
              { x: 0, y: 32 },
            ],
          },
        ],
      },
    ],
  };
}

function tinyScenario(): Json {
  return {
    map: { width: 64, height: 32, tiled: { file: 'tiny.tmj', layer: 'districts' } },
    districts: [{ id: 'west' }, { id: 'east' }],
  };
}

const paths = (list: Problem[]) => list.map((p) => p.path);

describe('Tiled maps: the fixtures', () => {
  it.each(['town-1.8.tmj', 'town-1.9.tmj'])(
    '%s gives every district its shape, scaled, and its neighbours from shared edges',
    (file) => {
      const result = applyTiledMap(json('town.json'), json(file), file);
      expect(result).toMatchObject({ ok: true, warnings: [] });
      const got = districtsOf(result.value);
      for (const [id, shape] of Object.entries(SHAPES)) expect(got[id]?.shape, id).toEqual(shape);
      for (const [id, n] of Object.entries(NEIGHBOURS)) expect(got[id]?.neighbours, id).toEqual(n);
    },
  );

  it('pre-1.9 "type" and 1.9 "class" maps give the same scenario', () => {
    const a = applyTiledMap(json('town.json'), json('town-1.8.tmj'), 'a.tmj');
    const b = applyTiledMap(json('town.json'), json('town-1.9.tmj'), 'b.tmj');
    expect(a.value).toEqual(b.value);
  });

  it('the scenario that names a map loads from disk with no problems and no warnings', async () => {
    const result = await readScenarioFile(path('town.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.ok) {
      expect(result.scenario.map.tiled).toEqual({ file: 'town-1.9.tmj', layer: 'districts' });
      expect(result.scenario.districts[0]!.shape).toEqual(SHAPES.harbour);
    }
  });

  it('the browser passes the map text along with the scenario text', () => {
    expect(tiledReference(json('town.json'))).toEqual({ file: 'town-1.9.tmj', layer: 'districts' });
    const result = parseScenarioText(text('town.json'), 'town.json', {
      text: text('town-1.8.tmj'),
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('without its map, each district left without a shape says where the shape should come from', () => {
    const result = parseScenarioText(text('town.json'), 'town.json');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(paths(problems)).toEqual([
      '$.districts[0].shape',
      '$.districts[0].neighbours',
      '$.districts[1].shape',
      '$.districts[1].neighbours',
      '$.districts[2].shape',
      '$.districts[2].neighbours',
      '$.districts[3].shape',
      '$.districts[3].neighbours',
    ]);
    expect(problems[0]).toMatchObject({
      message:
        "left out, to come from the Tiled map 'town-1.9.tmj', which was not loaded with the scenario",
      suggestion: expect.stringMatching(/open the map together with the scenario/),
    });
  });

  it('an external tileset is refused with the path into the map file', () => {
    const result = applyTiledMap(
      json('town.json'),
      json('external-tileset.tmj'),
      'maps/external-tileset.tmj',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'maps/external-tileset.tmj: $.tilesets[0].source',
        message: "external tilesets are not supported (this one is in 'terrain.tsx')",
        suggestion: expect.stringMatching(/Embed Tileset/),
      }),
    ]);
  });

  it('a map file that cannot be read is reported at $.map.tiled.file', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'mandate-tiled-'));
    try {
      const s = json('town.json');
      s.map.tiled.file = 'maps/missing.tmj';
      writeFileSync(join(dir, 'town.json'), JSON.stringify(s));
      const result = await readScenarioFile(join(dir, 'town.json'));
      expect(result.ok).toBe(false);
      expect(result.ok ? undefined : result.problems[0]).toMatchObject({
        path: '$.map.tiled.file',
        message: 'cannot read the Tiled map maps/missing.tmj: no such file',
      });
      s.map.tiled.file = 'town.tmx';
      writeFileSync(join(dir, 'town.json'), JSON.stringify(s));
      writeFileSync(
        join(dir, 'town.tmx'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.10"></map>',
      );
      const xml = await readScenarioFile(join(dir, 'town.json'));
      const problems = xml.ok ? [] : xml.problems;
      expect(problems.find((p) => p.path === 'town.tmx: $')?.message).toMatch(
        /Tiled's XML format \(\.tmx\)/,
      );
      expect(problems.find((p) => p.path === '$.map.tiled.file')?.suggestion).toMatch(/Export As/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Tiled maps: what is read', () => {
  it('rectangles become four corners; object, layer and group offsets all apply', () => {
    const map = tinyMap();
    map.layers = [
      {
        type: 'group',
        name: 'all',
        offsetx: 2,
        offsety: 1,
        layers: [{ ...map.layers[0], offsetx: 1, offsety: 1 }],
      },
    ];
    map.layers[0].layers[0].objects[0] = {
      id: 1,
      name: 'west',
      x: 0,
      y: 0,
      width: 29,
      height: 30,
      rotation: 0,
    };
    map.layers[0].layers[0].objects[1].x = 29;
    map.layers[0].layers[0].objects[1].polygon = [
      { x: 0, y: 0 },
      { x: 32, y: 0 },
      { x: 32, y: 30 },
      { x: 0, y: 30 },
    ];
    const s = tinyScenario();
    s.map.width = 128; // twice the map's 64 pixels wide, as high as its 32
    const result = applyTiledMap(s, map, 'tiny.tmj');
    expect(result.ok).toBe(true);
    const got = districtsOf(result.value);
    // Offsets add up to (3, 2) pixels; x doubles.
    expect(got.west?.shape).toEqual([
      [6, 2],
      [64, 2],
      [64, 32],
      [6, 32],
    ]);
    // The polygon's corners are relative to the object's x and y.
    expect(got.east?.shape).toEqual([
      [64, 2],
      [128, 2],
      [128, 32],
      [64, 32],
    ]);
    expect(got.west?.neighbours).toEqual(['east']);
  });

  it('matches an object to a district by its "district" property before its name, in both property styles', () => {
    const map = tinyMap();
    map.layers[0].objects[0].name = 'West bank';
    map.layers[0].objects[0].properties = [{ name: 'district', type: 'string', value: 'west' }];
    map.layers[0].objects[1].name = 'East bank';
    map.layers[0].objects[1].properties = { district: 'east' };
    expect(applyTiledMap(tinyScenario(), map, 'tiny.tmj').ok).toBe(true);
  });

  it('ignores objects of another class, even ones it could not draw', () => {
    const map = tinyMap();
    map.layers[0].objects.push(
      { id: 3, name: 'west', class: 'label', x: 0, y: 0, width: 5, height: 5, rotation: 30 },
      { id: 4, name: 'well', type: 'landmark', x: 3, y: 3, point: true },
    );
    expect(applyTiledMap(tinyScenario(), map, 'tiny.tmj')).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('keeps a shape the scenario gives, warning that the map has one too', () => {
    const s = tinyScenario();
    s.districts[0].shape = [
      [0, 0],
      [32, 0],
      [32, 32],
      [0, 32],
    ];
    const result = applyTiledMap(s, tinyMap(), 'tiny.tmj');
    expect(result.ok).toBe(true);
    expect(districtsOf(result.value).west?.shape).toEqual([
      [0, 0],
      [32, 0],
      [32, 32],
      [0, 32],
    ]);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.districts[0].shape']);
  });

  it('keeps listed neighbours, and keeps computed ones mutual with them', () => {
    const map = tinyMap();
    map.width = 3;
    map.layers[0].objects.push({
      id: 3,
      name: 'far',
      x: 64,
      y: 0,
      width: 32,
      height: 32,
      rotation: 0,
    });
    const s = tinyScenario();
    s.map.width = 96;
    s.districts.push({ id: 'far' });
    // A river cuts west from east; a ferry joins west and far.
    s.districts[0].neighbours = ['far'];
    const got = districtsOf(applyTiledMap(s, map, 'tiny.tmj').value);
    expect(got.west?.neighbours).toEqual(['far']);
    expect(got.east?.neighbours).toEqual(['far']);
    expect(got.far?.neighbours).toEqual(['west', 'east']);
  });
});

describe('Tiled maps: what is refused, with a path into the map', () => {
  const cases: {
    name: string;
    change: (m: Json, s: Json) => void;
    path: string;
    message: RegExp;
    suggestion?: RegExp;
  }[] = [
    {
      name: 'a rotated district',
      change: (m) => (m.layers[0].objects[1].rotation = 45),
      path: 'tiny.tmj: $.layers[0].objects[1].rotation',
      message: /rotated objects are not supported \(rotation 45\)/,
    },
    {
      name: 'an ellipse',
      change: (m) => (m.layers[0].objects[0].ellipse = true),
      path: 'tiny.tmj: $.layers[0].objects[0].ellipse',
      message: /ellipses are not supported/,
      suggestion: /polygon tool/,
    },
    {
      name: 'an infinite map',
      change: (m) => (m.infinite = true),
      path: 'tiny.tmj: $.infinite',
      message: /infinite maps are not supported/,
      suggestion: /untick Infinite/,
    },
    {
      name: 'an isometric map',
      change: (m) => (m.orientation = 'isometric'),
      path: 'tiny.tmj: $.orientation',
      message: /'isometric' maps are not supported/,
    },
    {
      name: 'a missing layer',
      change: (_m, s) => (s.map.tiled.layer = 'district'),
      path: 'tiny.tmj: $.layers',
      message: /no layer named 'district'/,
      suggestion: /did you mean 'districts'\?/,
    },
    {
      name: 'a tile layer',
      change: (m) => (m.layers[0].type = 'tilelayer'),
      path: 'tiny.tmj: $.layers[0].type',
      message: /is a 'tilelayer' layer; the districts must be drawn on an object layer/,
    },
    {
      name: 'a polyline',
      change: (m) => (m.layers[0].objects[1].polyline = m.layers[0].objects[1].polygon),
      path: 'tiny.tmj: $.layers[0].objects[1].polyline',
      message: /a polyline is open/,
    },
    {
      name: 'a district drawn twice',
      change: (m) => (m.layers[0].objects[1].name = 'west'),
      path: 'tiny.tmj: $.layers[0].objects[1].name',
      message: /district 'west' already takes its shape from \$\.layers\[0\]\.objects\[0\]/,
    },
    {
      name: 'a corner outside the map',
      change: (m) => (m.layers[0].objects[1].x = 40),
      path: 'tiny.tmj: $.layers[0].objects[1]',
      message: /corner \[72, 0\] is outside the map \(x 0–64, y 0–32 pixels\)/,
    },
    {
      name: 'a tileset file instead of a map',
      change: (m) => (m.type = 'tileset'),
      path: 'tiny.tmj: $.type',
      message: /^this is a Tiled 'tileset', not a map$/,
    },
    {
      name: 'a district with no object',
      change: (m) => (m.layers[0].objects[1].name = 'eats'),
      path: '$.districts[1]',
      message:
        /district 'east' has no shape, and layer 'districts' of tiny\.tmj has no object for it/,
      suggestion: /rename the object: did you mean 'eats'\?/,
    },
  ];

  it.each(cases)('$name', ({ change, path, message, suggestion }) => {
    const m = tinyMap();
    const s = tinyScenario();
    change(m, s);
    const result = applyTiledMap(s, m, 'tiny.tmj');
    expect(result.ok).toBe(false);
    const found = (result.ok ? [] : result.problems).filter((p) => p.path === path);
    expect(found, JSON.stringify(result.ok ? [] : result.problems)).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
    if (suggestion) expect(found[0]!.suggestion).toMatch(suggestion);
  });

  it('warns about an object named after no district, with the likely one', () => {
    const m = tinyMap();
    m.layers[0].objects.push({
      id: 3,
      name: 'wset',
      class: 'district',
      x: 0,
      y: 0,
      width: 5,
      height: 5,
    });
    const result = applyTiledMap(tinyScenario(), m, 'tiny.tmj');
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        path: 'tiny.tmj: $.layers[0].objects[2].name',
        severity: 'warning',
        suggestion: "did you mean 'west'?",
      }),
    ]);
  });

  it('never throws, whatever the map holds', () => {
    for (const map of [
      null,
      3,
      'map',
      [],
      {},
      { layers: 'x' },
      {
        ...tinyMap(),
        layers: [
          null,
          { type: 'objectgroup', name: 'districts', objects: [null, 1, { polygon: 'x' }] },
        ],
      },
    ]) {
      expect(() => applyTiledMap(tinyScenario(), map, 'x.tmj')).not.toThrow();
      expect(applyTiledMap(tinyScenario(), map, 'x.tmj').ok).toBe(false);
    }
  });
});

describe('shared edges', () => {
  const square = (x: number, y: number, size = 10): [number, number][] => [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ];

  it('joins squares side by side, within a pixel of each other, but not corner to corner', () => {
    expect(shareEdge(square(0, 0), square(10, 0), 1)).toBe(true);
    expect(shareEdge(square(0, 0), square(10.8, 0.5), 1)).toBe(true);
    expect(shareEdge(square(0, 0), square(12, 0), 1)).toBe(false);
    expect(shareEdge(square(0, 0), square(10, 10), 1)).toBe(false);
  });

  it('joins a long edge to part of another (collinear overlap) and lists neighbours in order', () => {
    expect(sharedEdges([square(0, 0, 30), square(30, 5, 5), square(50, 0), undefined], 1)).toEqual([
      [1],
      [0],
      [],
      [],
    ]);
  });
});

describe('the editor schema with a Tiled map', () => {
  it('lets districts leave out shape and neighbours only when map.tiled is set', () => {
    const schema = buildScenarioJsonSchema() as Json;
    expect(schema.properties.districts.items.required).not.toContain('shape');
    expect(schema.properties.districts.items.required).not.toContain('neighbours');
    expect(schema.if).toEqual({ required: ['map'], properties: { map: { required: ['tiled'] } } });
    expect(schema.else.properties.districts.items.required).toEqual(['shape', 'neighbours']);
    expect(schema.properties.map.properties.tiled.required).toEqual(['file', 'layer']);
  });
});
