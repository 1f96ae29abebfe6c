import { describe, expect, it } from 'vitest';
import scenarioJson from '../../scenarios/default.json';
import { compileRules } from '../../src/engine/rules';
import { newGame } from '../../src/engine/game';
import type { Scenario } from '../../src/format';
import type { MapModel } from '../../src/scenes/mapContract';
import { buildMapView } from '../../src/scenes/mapView';
import { clampBlock, layoutBlock, separateBlocks } from '../../src/scenes/layout';
import { boxesOverlap } from '../../src/scenes/geometry';
import { indicatorColour } from '../../src/scenes/palette';
import { textSizes } from '../../src/scenes/typography';
import { makeLang } from '../../src/i18n';

const rules = compileRules(scenarioJson as unknown as Scenario);

function model(over: Partial<MapModel> = {}): MapModel {
  return {
    rules,
    state: newGame(rules, 'map-test'),
    indicator: 'security',
    selectedDistrict: null,
    highlighted: [],
    viewer: 'facilitator',
    lang: makeLang('en', rules.scenario),
    ...over,
  };
}

describe('buildMapView', () => {
  it('has one entry per district, in scenario order, coloured by the chosen indicator', () => {
    const m = model({ indicator: 'tension' });
    const view = buildMapView(m);
    expect(view.districts.map((d) => d.id)).toEqual(rules.scenario.districts.map((d) => d.id));
    const ti = rules.indicatorIndex.get('tension')!;
    view.districts.forEach((d, i) => {
      const value = m.state.districts[i]!.values[ti]!;
      expect(d.value).toBe(value);
      expect(d.fill).toBe(indicatorColour(value, 'low'));
    });
  });

  it('counts units per role and district, and only open incidents', () => {
    const m = model({ viewer: rules.scenario.roles[0]!.id });
    const d0 = rules.scenario.districts[0]!.id;
    const def = {
      id: 'x',
      title: 'x',
      text: '',
      severity: 0,
      duration: 1,
      respondWith: [],
      onResolved: [],
      onFailed: [],
    };
    m.state.incidents = [
      { id: 1, def, district: d0, openedTurn: 1, turnsLeft: 1, status: 'open' },
      { id: 2, def, district: d0, openedTurn: 1, turnsLeft: 1, status: 'open' },
      { id: 3, def, district: d0, openedTurn: 1, turnsLeft: 0, status: 'resolved' },
    ];
    const view = buildMapView(m);
    expect(view.districts[0]!.openIncidents).toBe(2);
    const total = view.districts.reduce((s, d) => s + d.badges.reduce((t, b) => t + b.count, 0), 0);
    expect(total).toBe(m.state.assets.length);
    for (const d of view.districts) {
      for (const b of d.badges) {
        expect(b.count).toBe(
          m.state.assets.filter((a) => a.role === b.role && a.location === d.id).length,
        );
        expect(b.own).toBe(b.role === m.viewer);
        expect(b.label).toBe(m.lang.text(rules.role(b.role).short));
      }
    }
  });

  it('marks the selection and the highlights', () => {
    const [a, b, c] = rules.scenario.districts.map((d) => d.id);
    const view = buildMapView(model({ selectedDistrict: a!, highlighted: [b!, c!] }));
    expect(view.districts.filter((d) => d.selected).map((d) => d.id)).toEqual([a]);
    expect(view.districts.filter((d) => d.highlighted).map((d) => d.id)).toEqual([b, c]);
  });

  it("names districts, units and the indicator in the model's language", () => {
    const port = rules.scenario.districts.findIndex((d) => d.id === 'port_lissa');
    const fr = buildMapView(model({ indicator: 'trust', lang: makeLang('fr', rules.scenario) }));
    const es = buildMapView(model({ indicator: 'trust', lang: makeLang('es', rules.scenario) }));
    const en = buildMapView(model({ indicator: 'trust' }));
    expect([en.districts[port]!.name, es.districts[port]!.name, fr.districts[port]!.name]).toEqual([
      'Port Lissa',
      'Puerto Lissa',
      'Port-Lissa',
    ]);
    expect([en.indicatorName, es.indicatorName, fr.indicatorName]).toEqual([
      'Public trust',
      makeLang('es').vocab.indicators.trust.name,
      'Confiance du public',
    ]);
    // The rest of the view does not depend on the language.
    expect(fr.districts.map((d) => [d.fill, d.value, d.room])).toEqual(
      en.districts.map((d) => [d.fill, d.value, d.room]),
    );
  });

  it('gives every district room for its name across its label anchor', () => {
    const view = buildMapView(model());
    for (const d of view.districts) expect(d.room, d.id).toBeGreaterThan(0);
  });

  it('shows no value, in grey, for an unknown indicator instead of failing', () => {
    const view = buildMapView(model({ indicator: 'nonsense' }));
    expect(view.districts.every((d) => d.value === null)).toBe(true);
  });
});

describe('labels', () => {
  it('are at least 16 px from a small panel to a wall display', () => {
    for (const [w, h] of [
      [640, 420],
      [900, 620],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      expect(textSizes(w, h).name).toBeGreaterThanOrEqual(16);
      expect(textSizes(w, h).value).toBeGreaterThanOrEqual(16);
    }
  });

  it('stack name, value and badges centred on the anchor without overlapping', () => {
    const block = layoutBlock(
      {
        anchor: { x: 100, y: 100 },
        name: { width: 80, height: 20 },
        value: { width: 24, height: 24 },
        incident: { width: 26, height: 24 },
        badges: [
          { width: 50, height: 22 },
          { width: 50, height: 22 },
        ],
      },
      { rowGap: 3, badgeGap: 6, sideGap: 8 },
    );
    expect(block.name.x + block.name.width / 2).toBe(100);
    expect(block.value!.x + block.value!.width / 2).toBe(100);
    expect(block.box.y + block.box.height / 2).toBe(100);
    const parts = [block.name, block.value!, block.incident!, ...block.badges];
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++)
        expect(boxesOverlap(parts[i]!, parts[j]!)).toBe(false);
  });

  it('are pushed apart when two blocks collide', () => {
    const make = (y: number) =>
      layoutBlock(
        {
          anchor: { x: 100, y },
          name: { width: 80, height: 20 },
          value: { width: 24, height: 24 },
          incident: null,
          badges: [],
        },
        { rowGap: 3, badgeGap: 6, sideGap: 8 },
      );
    const [a, b] = separateBlocks([make(100), make(110)], 4);
    expect(boxesOverlap(a!.box, b!.box, 3.9)).toBe(false);
    expect(a!.box.y).toBeLessThan(b!.box.y);
  });
});

describe('clampBlock', () => {
  it('slides a block that sticks out back inside the canvas', () => {
    const block = layoutBlock(
      {
        anchor: { x: 20, y: 300 },
        name: { width: 160, height: 20 },
        value: null,
        incident: null,
        badges: [],
      },
      { rowGap: 3, badgeGap: 6, sideGap: 8 },
    );
    expect(block.box.x).toBeLessThan(0);
    const moved = clampBlock(block, { x: 4, y: 4, width: 800, height: 600 });
    expect(moved.box.x).toBe(4);
    expect(moved.name.x).toBe(4);
    expect(moved.box.y).toBe(block.box.y);
  });
});
