/**
 * Reuses Text objects between redraws, keyed by what they label. A Text re-renders its canvas on
 * every content or style change, so redraws only touch texts whose words changed, and labels that
 * vanish are hidden rather than destroyed (they usually come back on the next turn).
 */
import type * as Phaser from 'phaser';
import { FONT_FAMILY, type TextSizes } from './typography';
import { MAP_COLOURS } from './palette';
import type { TextKind } from './mapContract';

export type { TextKind };

function styleFor(kind: TextKind, sizes: TextSizes): Phaser.Types.GameObjects.Text.TextStyle {
  const base = { fontFamily: FONT_FAMILY, fontStyle: 'bold' };
  switch (kind) {
    case 'name':
    case 'value':
      return {
        ...base,
        // A name that wraps onto two lines keeps both centred on the district.
        align: 'center',
        fontSize: `${kind === 'name' ? sizes.name : sizes.value}px`,
        color: MAP_COLOURS.text,
        stroke: MAP_COLOURS.textStroke,
        strokeThickness: sizes.stroke,
      };
    case 'badge':
      return { ...base, fontSize: `${sizes.badge}px`, color: MAP_COLOURS.border };
    case 'count':
      return { ...base, fontSize: `${sizes.count}px`, color: '#ffffff' };
  }
}

export class TextPool {
  private readonly texts = new Map<
    string,
    { text: Phaser.GameObjects.Text; kind: TextKind; wrap: number | null }
  >();
  private readonly used = new Set<string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private sizes: TextSizes,
    private readonly depth: number,
  ) {}

  begin(): void {
    this.used.clear();
  }

  /**
   * The text for `key`, showing `content`. `maxWidth` (canvas pixels) wraps it at spaces onto more
   * lines when it is wider, `null` lets it run on one line, and leaving it out keeps what was set.
   * Widths are rounded to 8 px so a zoom does not re-render every label on every frame.
   */
  get(
    key: string,
    kind: TextKind,
    content: string,
    maxWidth?: number | null,
  ): Phaser.GameObjects.Text {
    let entry = this.texts.get(key);
    if (!entry) {
      const text = this.scene.add
        .text(0, 0, content, styleFor(kind, this.sizes))
        .setDepth(this.depth);
      entry = { text, kind, wrap: null };
      this.texts.set(key, entry);
    }
    if (maxWidth !== undefined) {
      const wrap = maxWidth === null ? null : Math.max(8, Math.floor(maxWidth / 8) * 8);
      if (wrap !== entry.wrap) {
        entry.wrap = wrap;
        entry.text.setWordWrapWidth(wrap, false);
      }
    }
    if (entry.text.text !== content) entry.text.setText(content);
    entry.text.setVisible(true);
    this.used.add(key);
    return entry.text;
  }

  /** The contents of the texts on show. */
  shown(): string[] {
    return [...this.texts.values()].filter(({ text }) => text.visible).map(({ text }) => text.text);
  }

  /** The smallest font size (pixels) among the texts on show, by kind; a kind not shown is left out. */
  smallest(): Partial<Record<TextKind, number>> {
    const out: Partial<Record<TextKind, number>> = {};
    for (const { text, kind } of this.texts.values()) {
      if (!text.visible) continue;
      const px = Number.parseFloat(String(text.style.fontSize));
      if (Number.isFinite(px)) out[kind] = Math.min(out[kind] ?? px, px);
    }
    return out;
  }

  /** The words of the texts on show that run past a `width` × `height` canvas. */
  outside(width: number, height: number): string[] {
    const out: string[] = [];
    for (const { text } of this.texts.values()) {
      if (!text.visible) continue;
      const left = text.x - text.originX * text.width;
      const top = text.y - text.originY * text.height;
      // Half a pixel of rounding is not a cut.
      if (left < -0.5 || top < -0.5 || left + text.width > width + 0.5) out.push(text.text);
      else if (top + text.height > height + 0.5) out.push(text.text);
    }
    return out;
  }

  /** Hides every text not asked for since `begin`. */
  end(): void {
    for (const [key, { text }] of this.texts) if (!this.used.has(key)) text.setVisible(false);
  }

  resize(sizes: TextSizes): void {
    if (JSON.stringify(sizes) === JSON.stringify(this.sizes)) return;
    this.sizes = sizes;
    for (const entry of this.texts.values()) {
      entry.text.setStyle(styleFor(entry.kind, sizes));
      if (entry.wrap !== null) entry.text.setWordWrapWidth(entry.wrap, false);
    }
  }

  /** Re-measures every text, e.g. once a web font finished loading after the first draw. */
  remeasure(): void {
    for (const { text } of this.texts.values()) text.updateText();
  }

  destroy(): void {
    for (const { text } of this.texts.values()) text.destroy();
    this.texts.clear();
  }
}
