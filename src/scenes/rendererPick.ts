/**
 * Which renderer draws the map, and why. Pure (no DOM), so every case is tested without a
 * browser; `mountMap` probes the browser and hands the findings over.
 *
 * A software WebGL (SwiftShader, llvmpipe and the like, what a VM or a machine without GPU
 * acceleration gets) pans the map at a third of the display rate, where Canvas keeps up
 * (docs/performance.md, "Frame rate while panning"): left to itself, the map picks Canvas there.
 * An address that names a renderer is obeyed, so WebGL can still be tried and measured anywhere.
 */
import type { RendererChoice } from './mapContract';

/** The renderer the address asks for (`?renderer=canvas` or `webgl`), else the pick's own. */
export function rendererFromUrl(search: string): RendererChoice {
  const r = new URLSearchParams(search).get('renderer');
  return r === 'canvas' || r === 'webgl' ? r : 'auto';
}

/** What the probe found out about WebGL in this browser. */
export interface WebglProbe {
  available: boolean;
  /**
   * The GL's renderer string (`WEBGL_debug_renderer_info`'s unmasked one where the browser gives
   * it), or null when WebGL is missing or will not say.
   */
  renderer: string | null;
}

export type Renderer = 'webgl' | 'canvas';

/**
 * - `asked`: the address named this renderer;
 * - `softwareGl`: WebGL is there but drawn in software, so Canvas is faster;
 * - `noWebgl`: WebGL is missing (whatever was asked);
 * - `hardwareGl`: WebGL is there and not known to be software.
 */
export type RendererReason = 'asked' | 'softwareGl' | 'noWebgl' | 'hardwareGl';

export type RendererPick =
  | { renderer: 'webgl'; reason: 'asked' | 'hardwareGl' }
  | { renderer: 'canvas'; reason: 'asked' | 'softwareGl' | 'noWebgl' };

/**
 * Names software rasterisers put in their renderer strings: Chromium's SwiftShader, Mesa's
 * llvmpipe, lavapipe and softpipe, Windows' Microsoft Basic Render Driver and GDI Generic,
 * Apple's Software Renderer, and any other that says "software".
 */
const SOFTWARE_GL =
  /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render driver|gdi generic/i;

/** The little of a WebGL context that names its GL: a real context, or a fake in tests. */
export interface NamesGl {
  readonly RENDERER: number;
  getParameter(name: number): unknown;
  getExtension(
    name: 'WEBGL_debug_renderer_info',
  ): { readonly UNMASKED_RENDERER_WEBGL: number } | null;
}

/** The browser's masked RENDERER, which names no GL. */
const MASKED = /^webkit webgl$/i;

/**
 * The GL's own name. Chromium and Safari mask RENDERER ("WebKit WebGL") and give the real name
 * only through the debug extension; Firefox names the GL in RENDERER itself and logs a
 * deprecation warning for the extension, so the extension is asked only when RENDERER is masked.
 */
export function glName(gl: NamesGl): string | null {
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const plain = text(gl.getParameter(gl.RENDERER));
  if (plain !== null && !MASKED.test(plain)) return plain;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return (info ? text(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null) ?? plain;
}

export function isSoftwareGl(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}

export function pickRenderer(choice: RendererChoice, probe: WebglProbe): RendererPick {
  if (choice === 'canvas') return { renderer: 'canvas', reason: 'asked' };
  // Phaser throws at boot when WebGL is demanded but missing: Canvas is the only way to draw.
  if (!probe.available) return { renderer: 'canvas', reason: 'noWebgl' };
  if (choice === 'webgl') return { renderer: 'webgl', reason: 'asked' };
  // A GL that will not name itself is given the benefit of the doubt: most have a GPU behind them.
  if (probe.renderer !== null && isSoftwareGl(probe.renderer))
    return { renderer: 'canvas', reason: 'softwareGl' };
  return { renderer: 'webgl', reason: 'hardwareGl' };
}
