import { describe, expect, it } from 'vitest';
import {
  glName,
  isSoftwareGl,
  pickRenderer,
  type NamesGl,
  type WebglProbe,
} from '../../src/scenes/rendererPick';

/** Renderer strings as browsers report them (unmasked), software ones first. */
const SOFTWARE = [
  // Headless Chromium here, and Chrome on a machine whose GPU is blocked.
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Mesa, llvmpipe (LLVM 17.0.6 256 bits), OpenGL 4.5)',
  'Mesa/X.org, lavapipe (LLVM 15.0.6, 256 bits)',
  'softpipe',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Apple Software Renderer',
  'GDI Generic',
];
const HARDWARE = [
  'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002504) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Mesa Intel(R) UHD Graphics (TGL GT1)',
  'AMD Radeon Pro 560X OpenGL Engine',
  'Apple M1',
  'Adreno (TM) 640',
];

const gl = (renderer: string | null): WebglProbe => ({ available: true, renderer });
const none: WebglProbe = { available: false, renderer: null };

describe('isSoftwareGl', () => {
  it.each(SOFTWARE)('knows %s for software', (s) => {
    expect(isSoftwareGl(s)).toBe(true);
    expect(isSoftwareGl(s.toUpperCase())).toBe(true);
    expect(isSoftwareGl(s.toLowerCase())).toBe(true);
  });
  it.each(HARDWARE)('takes %s for hardware', (s) => {
    expect(isSoftwareGl(s)).toBe(false);
  });
});

describe('pickRenderer', () => {
  it('left to itself, draws with Canvas on a software GL', () => {
    for (const s of SOFTWARE)
      expect(pickRenderer('auto', gl(s))).toEqual({ renderer: 'canvas', reason: 'softwareGl' });
  });

  it('left to itself, draws with WebGL on a hardware GL', () => {
    for (const s of HARDWARE)
      expect(pickRenderer('auto', gl(s))).toEqual({ renderer: 'webgl', reason: 'hardwareGl' });
  });

  it('takes a GL that will not name itself for hardware', () => {
    expect(pickRenderer('auto', gl(null))).toEqual({ renderer: 'webgl', reason: 'hardwareGl' });
  });

  it('draws with Canvas when WebGL is missing, whether asked for or not', () => {
    expect(pickRenderer('auto', none)).toEqual({ renderer: 'canvas', reason: 'noWebgl' });
    expect(pickRenderer('webgl', none)).toEqual({ renderer: 'canvas', reason: 'noWebgl' });
  });

  it('obeys an address that asks for WebGL, even on a software GL', () => {
    expect(pickRenderer('webgl', gl(SOFTWARE[0]!))).toEqual({ renderer: 'webgl', reason: 'asked' });
    expect(pickRenderer('webgl', gl(HARDWARE[0]!))).toEqual({ renderer: 'webgl', reason: 'asked' });
  });

  it('obeys an address that asks for Canvas, whatever WebGL there is', () => {
    for (const probe of [none, gl(null), gl(SOFTWARE[0]!), gl(HARDWARE[0]!)])
      expect(pickRenderer('canvas', probe)).toEqual({ renderer: 'canvas', reason: 'asked' });
  });
});

describe('glName', () => {
  const RENDERER = 0x1f01;
  const UNMASKED = 0x9246;
  /** A context that answers RENDERER with `plain` and has the debug extension when `unmasked`. */
  const context = (plain: unknown, unmasked?: string) => {
    const asked: string[] = [];
    const gl: NamesGl = {
      RENDERER,
      getParameter: (p) => (p === RENDERER ? plain : p === UNMASKED ? unmasked : null),
      getExtension: (name) => {
        asked.push(name);
        return unmasked === undefined ? null : { UNMASKED_RENDERER_WEBGL: UNMASKED };
      },
    };
    return { gl, asked };
  };

  it('reads the unmasked name where RENDERER is masked (Chromium, Safari)', () => {
    const { gl } = context('WebKit WebGL', SOFTWARE[0]);
    expect(glName(gl)).toBe(SOFTWARE[0]);
  });

  it('takes RENDERER as it is where it names the GL, without asking for the extension (Firefox)', () => {
    const { gl, asked } = context('llvmpipe, or similar', 'Mozilla');
    expect(glName(gl)).toBe('llvmpipe, or similar');
    expect(asked).toEqual([]);
  });

  it('falls back to the masked name, or null, when nothing better is given', () => {
    expect(glName(context('WebKit WebGL').gl)).toBe('WebKit WebGL');
    expect(glName(context('WebKit WebGL', '').gl)).toBe('WebKit WebGL');
    expect(glName(context(null).gl)).toBeNull();
    expect(glName(context(null, 'Apple M1').gl)).toBe('Apple M1');
  });
});
