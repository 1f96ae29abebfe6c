/**
 * The boundary between the DOM app and the Phaser map. The app owns the store; the map only
 * draws the model it is given and reports what the user points at. Phaser is loaded lazily
 * through `mountMap` so the start screen does not wait for it.
 */
import type { Rules } from '../engine/rules';
import type { DistrictId, GameState, IndicatorId } from '../engine/types';
import type { Lang } from '../i18n/lang';
import type { RendererPick } from './rendererPick';

export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export interface MapModel {
  rules: Rules;
  state: GameState;
  /** The indicator the districts are shaded by. */
  indicator: IndicatorId;
  selectedDistrict: DistrictId | null;
  /** Districts to emphasise, e.g. where the log entry being shown happened. */
  highlighted: DistrictId[];
  /** Whose units and incidents to show: a role sees all units (they are visible on the ground). */
  viewer: string | 'facilitator';
  /**
   * The window's language: names, unit labels and the canvas' description are drawn in it. A new
   * model in another language redraws every label (the app hands one over on each render).
   */
  lang: Lang;
  /** The projector's large text: every label at least 20 px. Absent, the standard sizes. */
  largeText?: boolean;
}

export type TextKind = 'name' | 'value' | 'badge' | 'count';

/** The labels as last drawn, which the panel exposes on its element for tests and tools. */
export interface LabelReport {
  /**
   * The smallest font size (pixels) of each kind of text on show, read from the texts themselves:
   * district names, values, unit badges, incident counts. A kind not on show is left out.
   */
  sizes: Partial<Record<TextKind, number>>;
  /** Words of the labels that run past the canvas' edge (cut off), in drawing order. */
  cut: string[];
}

export interface MapIntents {
  selectDistrict(id: DistrictId | null): void;
  hoverDistrict(id: DistrictId | null): void;
  /** After every drawing of the labels. Optional, so hand-made intents in tests stay valid. */
  labelsDrawn?(report: LabelReport): void;
}

export interface MapHandle {
  update(model: MapModel): void;
  /** Re-fits the map to its parent after a layout change. */
  resize(): void;
  destroy(): void;
  /**
   * Back to the fitted view after the user panned or zoomed (double-click on the map does the
   * same). Optional only so hand-made handles in tests stay valid; `mountMap` always provides it.
   */
  resetView?(): void;
  /** The words drawn on the canvas now (names, values, unit labels), for tests. Optional like
   * `resetView`. */
  labels?(): string[];
  /**
   * The renderer the map is drawn with, as Phaser reports it, and why it was chosen: the panel
   * says it, since a software WebGL or a fallback explains a slow map. Optional like `resetView`.
   */
  drawnWith?: RendererPick;
}

export type MountMap = (
  parent: HTMLElement,
  model: MapModel,
  intents: MapIntents,
  renderer: RendererChoice,
) => Promise<MapHandle>;
