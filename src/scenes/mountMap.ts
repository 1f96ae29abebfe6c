/**
 * Puts the map into a DOM element and hands back a small handle. This module is the only one
 * that imports Phaser at the top level of the app, so `import('./scenes/mountMap')` is the lazy
 * boundary: the start screen never waits for Phaser.
 */
import * as Phaser from 'phaser';
import type { MapHandle, MapModel, MountMap } from './mapContract';
import { MapScene } from './MapScene';
import { glName, pickRenderer, type RendererPick, type WebglProbe } from './rendererPick';
import { FONT_FAMILY } from './typography';

const FONT_WAIT_MS = 2500;

/**
 * What WebGL this browser has, found on a throwaway canvas: Phaser throws at boot when WebGL is
 * demanded but missing, and a software GL is worth knowing of before the map picks a renderer.
 * The context is given back at once, since browsers cap how many live at a time.
 */
function probeWebgl(): WebglProbe {
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
    if (!gl) return { available: false, renderer: null };
    const name = glName(gl);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer: name };
  } catch {
    return { available: false, renderer: null };
  }
}

function phaserType(pick: RendererPick): number {
  if (pick.renderer === 'webgl') return Phaser.WEBGL;
  if (pick.reason === 'noWebgl')
    console.warn('Mandate map: WebGL is not available here, drawing with Canvas instead.');
  return Phaser.CANVAS;
}

/**
 * What Phaser actually draws with, read back from the game (the pick should be it, but the panel
 * must never claim a renderer that is not in use): a Canvas that was not picked is a fallback.
 */
function inUse(game: Phaser.Game, pick: RendererPick): RendererPick {
  const webgl = game.config.renderType === Phaser.WEBGL;
  if (webgl) return pick.renderer === 'webgl' ? pick : { renderer: 'webgl', reason: 'hardwareGl' };
  return pick.renderer === 'canvas' ? pick : { renderer: 'canvas', reason: 'noWebgl' };
}

/**
 * Text measured before its font arrives keeps the fallback's widths, so wait for the bundled face
 * (asking for it by name starts its download if only an @font-face rule declared it), but never
 * hold the map hostage to a font: after a short wait the system font will do.
 */
async function fontsSettled(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const family = FONT_FAMILY.split(',')[0]!.trim();
  const wanted = Promise.all([
    document.fonts.load(`bold 16px ${family}`),
    document.fonts.load(`16px ${family}`),
  ])
    .then(() => document.fonts.ready)
    .catch(() => undefined);
  await Promise.race([wanted, new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
}

function describe(model: MapModel): string {
  const L = model.lang;
  return L.ui.map.canvasLabel(
    model.rules.scenario.districts.length,
    L.word({ ref: 'indicator', id: model.indicator }),
  );
}

export const mountMap: MountMap = async (parent, model, intents, renderer) => {
  await fontsSettled();

  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const scene = new MapScene({ model, intents, onReady: () => onReady() });
  const pick = pickRenderer(renderer, probeWebgl());
  const game = new Phaser.Game({
    type: phaserType(pick),
    parent,
    width: Math.max(1, parent.clientWidth || 800),
    height: Math.max(1, parent.clientHeight || 600),
    backgroundColor: '#111a2b',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true, powerPreference: 'low-power' },
    // expandParent would rewrite the app's own element styles; the app sizes the parent.
    scale: { mode: Phaser.Scale.RESIZE, parent, expandParent: false },
    scene,
  });
  await ready;

  const canvas = game.canvas;
  canvas.style.display = 'block';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', describe(model));

  let destroyed = false;
  const resize = (): void => {
    if (destroyed) return;
    game.scale.getParentBounds();
    game.scale.refresh();
  };
  // Layout changes (a panel opening) resize the parent without a window resize event.
  const observer =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => resize());
  observer?.observe(parent);
  // Phaser re-reads where the canvas sits only while its loop runs, and the loop sleeps when the
  // map is idle: a panel that moved the map without resizing it would offset every click.
  const onPointerEnter = (): void => {
    if (!destroyed) game.scale.updateBounds();
  };
  canvas.addEventListener('pointerenter', onPointerEnter);
  canvas.addEventListener('pointerdown', onPointerEnter, { capture: true });
  const onFontsLoaded = (): void => {
    if (!destroyed) scene.remeasureText();
  };
  document.fonts?.addEventListener('loadingdone', onFontsLoaded);

  const handle: Required<MapHandle> = {
    update(next: MapModel): void {
      if (destroyed) return;
      canvas.setAttribute('aria-label', describe(next));
      scene.setModel(next);
    },
    resize,
    drawnWith: inUse(game, pick),
    resetView(): void {
      if (!destroyed) scene.resetView();
    },
    labels(): string[] {
      return destroyed ? [] : scene.labels();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      canvas.removeEventListener('pointerenter', onPointerEnter);
      canvas.removeEventListener('pointerdown', onPointerEnter, { capture: true });
      document.fonts?.removeEventListener('loadingdone', onFontsLoaded);
      // Phaser tears a game down at the end of its next step; a sleeping loop would never get
      // there.
      scene.wake();
      game.destroy(true);
    },
  };
  return handle;
};
