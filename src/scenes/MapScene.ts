/**
 * The district map. It draws the model it is handed and reports what the user points at through
 * the intents; it never touches game state. Everything is redrawn in canvas pixels from the map
 * units on each change (≤16 polygons is cheap), which keeps strokes and labels crisp at any zoom
 * instead of scaling a camera.
 *
 * Kept in one file (about 420 lines): drawing, hit-testing and pointer input share the scene's
 * Phaser objects and its transform, which Phaser's scene lifecycle owns.
 */
import * as Phaser from 'phaser';
import type { MapIntents, MapModel } from './mapContract';
import { buildMapView, type DistrictView, type MapView } from './mapView';
import {
  clampPan,
  fitTransform,
  HOME_VIEW,
  pointInPolygon,
  toMap,
  toScreen,
  viewTransform,
  zoomAt,
  type Box,
  type Transform,
  type Vec,
  type View,
} from './geometry';
import { dashPolygon, drawBadge, drawIncident, fillPolygon, strokePolygon } from './drawing';
import type { BlockLayout } from './layout';
import { boundsOf, MAX_LABELS, planLabels } from './labelPlan';
import { cssToNumber, MAP_COLOURS } from './palette';
import { TextPool } from './TextPool';
import { textSizes, type TextSizes } from './typography';

export interface MapSceneOptions {
  model: MapModel;
  intents: MapIntents;
  /** Called once, at the end of `create()`. */
  onReady: () => void;
}

/** Pixels the pointer may travel between press and release and still count as a click. */
const CLICK_SLOP = 5;
/** Frames drawn after the last change before the loop sleeps (a static map needs no 60 fps). */
const IDLE_FRAMES = 3;

interface Drag {
  x: number;
  y: number;
  start: View;
  moved: boolean;
}

export class MapScene extends Phaser.Scene {
  private view: MapView;
  private readonly intents: MapIntents;
  private readonly onReady: () => void;
  private userView: View = HOME_VIEW;
  private fit: Transform = { scale: 1, offsetX: 0, offsetY: 0 };
  private hovered: string | null = null;
  private drag: Drag | null = null;
  private idleFrames = 0;
  private fills!: Phaser.GameObjects.Graphics;
  /** The hovered district's highlight, on its own so a hover redraws one polygon, not the map. */
  private hover!: Phaser.GameObjects.Graphics;
  private borders!: Phaser.GameObjects.Graphics;
  /**
   * The fills and borders of a large map as pictures: Phaser draws a Graphics again on every frame,
   * which costs a frame as long as thousands of polygons take to draw; a texture costs nothing.
   */
  private baked: Phaser.GameObjects.RenderTexture[] = [];
  private outlines!: Phaser.GameObjects.Graphics;
  private icons!: Phaser.GameObjects.Graphics;
  private texts!: TextPool;
  /** The projector's large text, from the model. */
  private large: boolean;

  constructor(options: MapSceneOptions) {
    super({ key: 'mandate-map' });
    this.view = buildMapView(options.model);
    this.large = options.model.largeText ?? false;
    this.intents = options.intents;
    this.onReady = options.onReady;
  }

  create(): void {
    this.fills = this.add.graphics().setDepth(0);
    this.hover = this.add.graphics().setDepth(0.4);
    // Borders after every fill and the highlight, so no neighbour paints over half of a border.
    this.borders = this.add.graphics().setDepth(0.6);
    this.outlines = this.add.graphics().setDepth(1);
    this.icons = this.add.graphics().setDepth(2);
    this.texts = new TextPool(this, this.sizes(), 3);

    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onPointerUpOutside, this);
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
    this.input.on(Phaser.Input.Events.GAME_OUT, this.onGameOut, this);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.game.events.on(Phaser.Core.Events.VISIBLE, this.wake, this);
    this.game.canvas.addEventListener('dblclick', this.onDoubleClick);
    // Scenes have no shutdown() hook: clean up on the events, or a restart would leak listeners.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.cleanup, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.cleanup, this);

    this.refit();
    this.redraw();
    this.onReady();
  }

  override update(): void {
    this.idleFrames += 1;
    if (this.idleFrames > IDLE_FRAMES && !this.drag) this.game.loop.sleep();
  }

  setModel(model: MapModel): void {
    const before = this.view;
    this.view = buildMapView(model);
    const large = model.largeText ?? false;
    if (large !== this.large) {
      this.large = large;
      this.texts.resize(this.sizes());
    }
    // Another scenario may bring a map of another size; a new turn never does.
    if (before.width !== this.view.width || before.height !== this.view.height) this.refit();
    if (this.hovered && !this.view.districts.some((d) => d.id === this.hovered))
      this.hovered = null;
    this.redraw();
  }

  resetView(): void {
    this.userView = HOME_VIEW;
    this.redraw();
  }

  /** Runs the loop again for a few frames so the latest drawing reaches the screen. */
  wake(): void {
    this.idleFrames = 0;
    this.game.loop.wake();
  }

  /** The words on the canvas. */
  labels(): string[] {
    return this.texts.shown();
  }

  /**
   * For a web font that arrives after the first draw: texts measured with the fallback re-measure.
   */
  remeasureText(): void {
    this.texts.remeasure();
    this.redraw();
  }

  private get width(): number {
    return this.scale.width;
  }

  private get height(): number {
    return this.scale.height;
  }

  private sizes(): TextSizes {
    return textSizes(this.width, this.height, this.large);
  }

  private transform(): Transform {
    return viewTransform(this.fit, this.userView, this.width, this.height);
  }

  private refit(): void {
    const margin = Math.max(12, Math.round(Math.min(this.width, this.height) * 0.03));
    this.fit = fitTransform(this.view.width, this.view.height, this.width, this.height, margin);
    this.texts.resize(this.sizes());
  }

  private redraw(): void {
    const t = this.transform();
    const screen = this.view.districts.map((d) => d.shape.map(([x, y]) => toScreen(t, x, y)));
    this.drawDistricts(screen);
    this.drawHover();
    this.drawOutlines(screen);
    this.drawLabels(t);
    this.wake();
  }

  private drawDistricts(screen: Vec[][]): void {
    const g = this.fills.clear();
    // A soft drop shadow lifts the map off the background, whatever the outline of the map.
    const shadow = Math.max(3, Math.round(Math.min(this.width, this.height) / 160));
    for (const pts of screen)
      fillPolygon(
        g,
        pts.map((p) => ({ x: p.x + shadow, y: p.y + shadow * 1.3 })),
        0x000000,
        0.35,
      );
    this.view.districts.forEach((d, i) => fillPolygon(g, screen[i]!, cssToNumber(d.fill)));
    const b = this.borders.clear();
    const border = cssToNumber(MAP_COLOURS.border);
    for (const pts of screen) strokePolygon(b, pts, 3, border);
    this.bake();
  }

  /** Past MAX_LABELS districts, the fills and borders are drawn once into textures. */
  private bake(): void {
    const layers = [this.fills, this.borders];
    if (this.view.districts.length <= MAX_LABELS) {
      for (const rt of this.baked.splice(0)) rt.destroy();
      for (const g of layers) g.setVisible(true);
      return;
    }
    if (this.baked.length === 0)
      this.baked = layers.map((g) =>
        this.add.renderTexture(0, 0, this.width, this.height).setOrigin(0, 0).setDepth(g.depth),
      );
    layers.forEach((g, i) => {
      const rt = this.baked[i]!;
      if (rt.width !== this.width || rt.height !== this.height) rt.resize(this.width, this.height);
      rt.clear().draw(g).render();
      g.setVisible(false);
    });
  }

  private drawHover(): void {
    const g = this.hover.clear();
    const d = this.view.districts.find((x) => x.id === this.hovered);
    if (!d) return;
    const t = this.transform();
    fillPolygon(
      g,
      d.shape.map(([x, y]) => toScreen(t, x, y)),
      0xffffff,
      0.3,
    );
  }

  private drawOutlines(screen: Vec[][]): void {
    const g = this.outlines.clear();
    const dark = cssToNumber(MAP_COLOURS.border);
    this.view.districts.forEach((d, i) => {
      if (!d.highlighted || d.selected) return;
      // Same dash pattern twice, dark then bright, so the dashes carry a halo on any fill.
      dashPolygon(g, screen[i]!, 8, dark, 16, 9);
      dashPolygon(g, screen[i]!, 4, cssToNumber(MAP_COLOURS.highlighted), 16, 9);
    });
    this.view.districts.forEach((d, i) => {
      if (!d.selected) return;
      strokePolygon(g, screen[i]!, 10, dark);
      strokePolygon(g, screen[i]!, 5, cssToNumber(MAP_COLOURS.selected));
      if (d.highlighted) dashPolygon(g, screen[i]!, 3, cssToNumber(MAP_COLOURS.highlighted), 16, 9);
    });
  }

  private drawLabels(t: Transform): void {
    const sizes = this.sizes();
    const padX = Math.round(sizes.badge * 0.45);
    const padY = Math.round(sizes.badge * 0.18);
    this.texts.begin();
    const g = this.icons.clear();
    const size = (text: Phaser.GameObjects.Text) => ({ width: text.width, height: text.height });
    const plan = planLabels(
      this.view,
      t,
      { width: this.width, height: this.height },
      {
        // A name wider than its district wraps onto more lines (French and Spanish names run
        // long), but never into a column narrower than a few words.
        minWrap: sizes.name * 8,
        marker: Math.round(sizes.value * 1.05),
        spacing: {
          rowGap: Math.round(sizes.name * 0.15),
          badgeGap: Math.round(sizes.badge * 0.5),
          sideGap: Math.round(sizes.name * 0.5),
        },
        pad: 4,
      },
      (d, wrap) => ({
        name: size(this.texts.get(`${d.id}:name`, 'name', d.name, wrap)),
        value:
          d.value === null ? null : size(this.texts.get(`${d.id}:value`, 'value', String(d.value))),
        badges: d.badges.map((b) => {
          const text = this.texts.get(`${d.id}:badge:${b.role}`, 'badge', `${b.label} ${b.count}`);
          return { width: text.width + 2 * padX, height: text.height + 2 * padY };
        }),
      }),
    );
    for (const { index, block } of plan)
      this.placeBlock(g, this.view.districts[index]!, block, padX, padY);
    this.texts.end();
    this.intents.labelsDrawn?.({
      sizes: this.texts.smallest(),
      cut: this.texts.outside(this.width, this.height),
    });
  }

  private placeBlock(
    g: Phaser.GameObjects.Graphics,
    d: DistrictView,
    block: BlockLayout,
    padX: number,
    padY: number,
  ): void {
    this.texts.get(`${d.id}:name`, 'name', d.name).setPosition(block.name.x, block.name.y);
    if (block.value && d.value !== null) {
      this.texts
        .get(`${d.id}:value`, 'value', String(d.value))
        .setPosition(block.value.x, block.value.y);
    }
    d.badges.forEach((b, j) => {
      const box = block.badges[j];
      if (!box) return;
      drawBadge(g, box, b.colour, b.own);
      this.texts
        .get(`${d.id}:badge:${b.role}`, 'badge', `${b.label} ${b.count}`)
        .setPosition(box.x + padX, box.y + padY);
    });
    if (block.incident) {
      const countBox = drawIncident(g, block.incident, d.openIncidents);
      if (countBox) {
        this.texts
          .get(`${d.id}:incidents`, 'count', String(d.openIncidents))
          .setOrigin(0.5, 0.5)
          .setPosition(countBox.x + countBox.width / 2, countBox.y + countBox.height / 2);
      }
    }
  }

  private districtAt(x: number, y: number): string | null {
    const m = toMap(this.transform(), x, y);
    // The box first: a pointer move on a map of thousands of districts walks few outlines.
    const inBox = (b: Box) =>
      m.x >= b.x && m.x <= b.x + b.width && m.y >= b.y && m.y <= b.y + b.height;
    const hit = this.view.districts.find(
      (d) => inBox(boundsOf(d.shape)) && pointInPolygon(m, d.shape),
    );
    return hit ? hit.id : null;
  }

  private setHover(id: string | null): void {
    this.game.canvas.style.cursor = this.drag?.moved ? 'grabbing' : id ? 'pointer' : 'grab';
    if (id === this.hovered) return;
    this.hovered = id;
    this.intents.hoverDistrict(id);
    this.drawHover();
    this.wake();
  }

  private onPointerDown(pointer: Phaser.Input.Pointer): void {
    if (!pointer.primaryDown) return;
    this.drag = { x: pointer.x, y: pointer.y, start: this.userView, moved: false };
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const drag = this.drag;
    if (drag && pointer.isDown) {
      const dx = pointer.x - drag.x;
      const dy = pointer.y - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) <= CLICK_SLOP) return;
      drag.moved = true;
      this.game.canvas.style.cursor = 'grabbing';
      this.setUserView({ ...drag.start, panX: drag.start.panX + dx, panY: drag.start.panY + dy });
      return;
    }
    this.setHover(this.districtAt(pointer.x, pointer.y));
  }

  private onPointerUp(pointer: Phaser.Input.Pointer): void {
    const drag = this.drag;
    this.drag = null;
    if (drag && !drag.moved) this.intents.selectDistrict(this.districtAt(pointer.x, pointer.y));
    this.setHover(this.districtAt(pointer.x, pointer.y));
  }

  private onPointerUpOutside(): void {
    this.drag = null;
  }

  private onWheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    // Exponential in the wheel delta so a trackpad's many small deltas zoom as smoothly as a mouse
    // notch.
    const factor = Math.exp(-dy * 0.0015);
    this.setUserView(
      zoomAt(this.fit, this.userView, factor, pointer.x, pointer.y, this.width, this.height),
    );
  }

  /** Pans and zooms, keeping a quarter of the canvas' short side of map in sight. */
  private setUserView(view: View): void {
    const keep = Math.min(this.width, this.height) * 0.25;
    this.userView = clampPan(
      this.fit,
      view,
      this.view.width,
      this.view.height,
      this.width,
      this.height,
      keep,
    );
    this.redraw();
  }

  private onGameOut(): void {
    if (!this.drag) this.setHover(null);
  }

  private readonly onDoubleClick = (): void => {
    this.resetView();
  };

  /** The Scale manager already resized the canvas; fit the map to it again. */
  private onResize(): void {
    this.refit();
    this.redraw();
  }

  private cleanup(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.game.events.off(Phaser.Core.Events.VISIBLE, this.wake, this);
    this.game.canvas?.removeEventListener('dblclick', this.onDoubleClick);
    this.input?.off(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input?.off(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input?.off(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input?.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onPointerUpOutside, this);
    this.input?.off(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
    this.input?.off(Phaser.Input.Events.GAME_OUT, this.onGameOut, this);
    this.texts?.destroy();
    for (const rt of this.baked.splice(0)) rt.destroy();
  }
}
