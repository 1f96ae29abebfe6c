/**
 * What the map shows, derived from the model without Phaser: one entry per district with its
 * fill, value, unit badges and open incidents, named in the model's language. Pure, so it is
 * tested in Node and the scene only has to draw it.
 */
import type { Point } from '../format';
import type { MapModel } from './mapContract';
import { centroid, chordAt, labelAnchor, type Vec } from './geometry';
import { indicatorColour, roleColour } from './palette';
import { drawWork } from './drawWork';

export interface UnitBadge {
  role: string;
  /** The role's short label ("MIL"). */
  label: string;
  count: number;
  colour: string;
  /** The badge belongs to the viewing role. */
  own: boolean;
}

export interface DistrictView {
  id: string;
  name: string;
  shape: Point[];
  /** Map units: the shoelace centroid and where the label block sits. */
  centroid: Vec;
  anchor: Vec;
  /** How wide the district is across its anchor, in map units: the room its name has before it
   * wraps. */
  room: number;
  value: number | null;
  fill: string;
  badges: UnitBadge[];
  openIncidents: number;
  selected: boolean;
  highlighted: boolean;
}

export interface MapView {
  width: number;
  height: number;
  /** The indicator's name in the model's language. */
  indicatorName: string;
  districts: DistrictView[];
}

const NO_DATA = '#6b7280';

/**
 * Shapes never change within a scenario; anchors are costly enough to cache per shape array, and
 * to work out only for the districts whose label is drawn (a few hundred of a huge map at most).
 */
const anchorCache = new WeakMap<Point[], { centroid: Vec; anchor: Vec; room: number }>();

function anchorsOf(shape: Point[]): { centroid: Vec; anchor: Vec; room: number } {
  let hit = anchorCache.get(shape);
  if (!hit) {
    const anchor = labelAnchor(shape);
    hit = { centroid: centroid(shape), anchor, room: chordAt(anchor, shape) };
    anchorCache.set(shape, hit);
  }
  return hit;
}

export function buildMapView(model: MapModel): MapView {
  const { rules, state, lang: L } = model;
  const scenario = rules.scenario;
  const ii = rules.indicatorIndex.get(model.indicator);
  const def = ii === undefined ? undefined : rules.indicators[ii];
  const highlighted = new Set(model.highlighted);
  const roleIndex = new Map(scenario.roles.map((r, i) => [r.id, i]));
  // Units (by role, in the roles' order) and incidents by district, in one pass each.
  const units = new Map<string, number[]>();
  for (const a of state.assets) {
    drawWork.steps++;
    const role = roleIndex.get(a.role);
    if (role === undefined) continue;
    const here = units.get(a.location) ?? [];
    here[role] = (here[role] ?? 0) + 1;
    units.set(a.location, here);
  }
  const incidents = new Map<string, number>();
  for (const i of state.incidents) {
    drawWork.steps++;
    if (i.status === 'open') incidents.set(i.district, (incidents.get(i.district) ?? 0) + 1);
  }

  return {
    width: scenario.map.width,
    height: scenario.map.height,
    indicatorName: L.word({ ref: 'indicator', id: model.indicator }),
    districts: scenario.districts.map((d) => {
      const ds = state.districts[rules.districtIndex.get(d.id) ?? -1];
      const raw = ii === undefined ? undefined : ds?.values[ii];
      const value = typeof raw === 'number' ? raw : null;
      drawWork.steps++;
      const badges: UnitBadge[] = [];
      // A sparse list: forEach visits only the roles with units here, in the roles' order.
      (units.get(d.id) ?? []).forEach((count, index) => {
        const role = scenario.roles[index]!;
        badges.push({
          role: role.id,
          label: L.text(role.short),
          count,
          colour: roleColour(role.kind, index),
          own: model.viewer === role.id,
        });
      });
      const openIncidents = incidents.get(d.id) ?? 0;
      return {
        id: d.id,
        name: L.text(d.name),
        shape: d.shape,
        get centroid() {
          return anchorsOf(d.shape).centroid;
        },
        get anchor() {
          return anchorsOf(d.shape).anchor;
        },
        get room() {
          return anchorsOf(d.shape).room;
        },
        value,
        fill: value === null || !def ? NO_DATA : indicatorColour(value, def.goodWhen),
        badges,
        openIncidents,
        selected: model.selectedDistrict === d.id,
        highlighted: highlighted.has(d.id),
      };
    }),
  };
}
