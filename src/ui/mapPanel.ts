/**
 * The map area: the indicator picker and its legend, the Phaser map (loaded lazily), and the
 * details of the district under the pointer or chosen. The Phaser part only draws the model it
 * is given and reports what is pointed at; the store decides everything. Everything here speaks
 * the window's language (`s.locale`): a switch re-renders the panel and hands the map a model in
 * the new language, which redraws its labels.
 *
 * The panel is one element kept for the whole game (screens place it with `island`, so a render
 * never recreates it); its toolbar and details are rendered into it by preact, in place, on every
 * change and on hover.
 */
import type { LabelReport, MapHandle, MapModel, RendererChoice } from '../scenes/mapContract';
import type { RendererPick } from '../scenes/rendererPick';
import { indicatorColour, legendEnds, legendGradient } from '../scenes/palette';
import type { GameState } from '../engine';
import { makeLang, type Lang } from '../i18n';
import type { SessionState, SessionStore } from '../store';
import { render as renderInto } from 'preact';
import { roleBadge } from './components/entry';
import { el, h } from './dom';
import { expectedResponse } from './model/incidents';
import { assetName, indicatorName } from './text';

/** The words for the renderer in use: an asked-for one is named as such, a fallback says why. */
function drawnWithText(L: Lang, pick: RendererPick): string {
  const t = L.ui.map.drawnWith;
  if (pick.reason === 'asked') return pick.renderer === 'webgl' ? t.askedWebgl : t.askedCanvas;
  return t[pick.reason];
}

export interface MapOptions {
  viewer: string;
  highlighted: string[];
  /** Another state than the game's own: the replay shows the game as it was at a turn. */
  state?: GameState;
}

export class MapPanel {
  readonly el: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly host: HTMLElement;
  private readonly details: HTMLElement;
  private handle: MapHandle | null = null;
  private model: MapModel | null = null;
  private destroyed = false;
  private unsubscribe: () => void;
  private failed: string | null = null;
  private readonly reset: HTMLButtonElement;
  private loading: HTMLElement | null = null;
  /** Which renderer draws the map, shown once the map is up (the pick is made while it loads). */
  private readonly drawnWith: HTMLElement;

  constructor(
    private readonly session: SessionStore,
    private readonly renderer: RendererChoice,
  ) {
    this.toolbar = el('div', { class: 'map-toolbar' });
    this.host = el('div', { class: 'map-host', 'data-testid': 'map' });
    this.details = el('section', {
      class: 'district-details',
      'aria-live': 'polite',
      'data-testid': 'district-details',
    });
    this.reset = el('button', {
      type: 'button',
      class: 'btn btn-small map-reset',
      id: 'map-reset',
      onclick: () => this.handle?.resetView?.(),
    });
    this.drawnWith = el('p', { class: 'map-renderer', 'data-testid': 'map-renderer', hidden: '' });
    this.el = el(
      'section',
      { class: 'map-panel' },
      this.toolbar,
      el('div', { class: 'map-frame' }, this.host, this.reset, this.drawnWith),
      this.details,
    );
    this.unsubscribe = session.subscribe((s, prev) => {
      if (s.hover !== prev.hover) this.renderDetails(s);
    });
  }

  /** The window's language, speaking of the game's scenario (cached by `makeLang`). */
  private lang(s: SessionState): Lang {
    return makeLang(s.locale, s.game?.rules.scenario);
  }

  /** Redraws the toolbar and details, and hands the map its new model. */
  render(s: SessionState, opts: MapOptions): void {
    const g = s.game;
    if (!g || this.destroyed) return;
    const L = this.lang(s);
    const t = L.ui.map;
    this.el.setAttribute('aria-label', L.ui.common.map);
    this.details.setAttribute('aria-label', t.details);
    this.reset.textContent = t.resetView;
    if (this.loading) this.loading.textContent = this.failed ? t.failed(this.failed) : t.loading;
    this.renderDrawnWith(L);
    this.model = {
      rules: g.rules,
      state: opts.state ?? g.state,
      indicator: s.indicator,
      selectedDistrict: s.selected,
      highlighted: opts.highlighted,
      viewer: opts.viewer,
      lang: L,
      largeText: s.display === 'projector',
    };
    this.renderToolbar(s);
    this.renderDetails(s);
    if (this.handle) this.handle.update(this.model);
    else void this.start();
  }

  private async start(): Promise<void> {
    if (this.handle || this.host.dataset.loading === 'true' || !this.model) return;
    this.host.dataset.loading = 'true';
    const note = el('p', { class: 'map-loading' }, this.model.lang.ui.map.loading);
    this.loading = note;
    this.host.appendChild(note);
    try {
      const { mountMap } = await import('../scenes/mountMap');
      if (this.destroyed) return;
      const handle = await mountMap(
        this.host,
        this.model,
        {
          selectDistrict: (id) => {
            this.session.selectDistrict(id);
            const st = this.session.getState();
            if (id && st.screen === 'planning' && st.draft.action)
              this.session.setDraft({ district: id });
          },
          hoverDistrict: (id) => this.session.hoverDistrict(id),
          labelsDrawn: (report) => this.exposeLabels(report),
        },
        this.renderer,
      );
      if (this.destroyed) {
        handle.destroy();
        return;
      }
      this.handle = handle;
      note.remove();
      this.loading = null;
      this.host.dataset.ready = 'true';
      this.renderDrawnWith(this.model?.lang ?? makeLang('en'));
      if (this.model) handle.update(this.model);
    } catch (e) {
      this.failed = e instanceof Error ? e.message : String(e);
      note.textContent = (this.model?.lang ?? makeLang('en')).ui.map.failed(this.failed);
      console.error(e);
    } finally {
      this.host.dataset.loading = 'false';
    }
  }

  /**
   * The labels' sizes and any cut off, as the map drew them, on the map's element: tests read
   * them there (the canvas has no DOM to measure).
   */
  private exposeLabels(report: LabelReport): void {
    const sizes = JSON.stringify(report.sizes);
    const cut = JSON.stringify(report.cut);
    if (this.host.dataset.labelSizes !== sizes) this.host.dataset.labelSizes = sizes;
    if (this.host.dataset.labelsCut !== cut) this.host.dataset.labelsCut = cut;
  }

  private renderDrawnWith(L: Lang): void {
    const pick = this.handle?.drawnWith;
    if (!pick) return;
    this.drawnWith.dataset.renderer = pick.renderer;
    this.drawnWith.textContent = drawnWithText(L, pick);
    this.drawnWith.hidden = false;
  }

  private renderToolbar(s: SessionState): void {
    const L = this.lang(s);
    const t = L.ui.map;
    const rules = s.game!.rules;
    const def = rules.indicators.find((i) => i.id === s.indicator) ?? rules.indicators[0]!;
    const ends = legendEnds(def);
    const end = (value: number, tone: 'good' | 'bad') =>
      `${value} ${tone === 'good' ? '\u2714' : '\u2716'} ${t.ends[tone]}`;
    renderInto(
      [
        h(
          'label',
          { class: 'field field-inline' },
          h('span', null, t.shadeBy),
          h(
            'select',
            {
              id: 'indicator-picker',
              'data-testid': 'indicator-picker',
              value: s.indicator,
              onchange: (ev: Event) =>
                this.session.setIndicator((ev.target as HTMLSelectElement).value),
            },
            rules.indicators.map((i) =>
              h('option', { value: i.id }, indicatorName(L, rules, i.id)),
            ),
          ),
        ),
        h(
          'div',
          {
            class: 'legend',
            role: 'img',
            'aria-label': t.legendLabel(
              indicatorName(L, rules, def.id),
              t.ends[ends.low],
              t.ends[ends.high],
            ),
          },
          h('span', { class: 'legend-end' }, end(0, ends.low)),
          h('span', { class: 'legend-bar', style: { backgroundImage: legendGradient(def) } }),
          h('span', { class: 'legend-end' }, end(100, ends.high)),
        ),
      ],
      this.toolbar,
    );
  }

  private renderDetails(s: SessionState): void {
    const g = s.game;
    if (!g) return;
    const L = this.lang(s);
    const t = L.ui.map;
    const rules = g.rules;
    const id = s.hover ?? s.selected;
    const picker = h(
      'label',
      { class: 'field field-inline', key: 'picker' },
      h('span', null, t.district),
      h(
        'select',
        {
          id: 'district-picker',
          value: s.selected ?? '',
          onchange: (ev: Event) =>
            this.session.selectDistrict((ev.target as HTMLSelectElement).value || null),
        },
        h('option', { value: '' }, t.choose),
        rules.scenario.districts.map((d) => h('option', { value: d.id }, L.text(d.name))),
      ),
    );
    // The same shape either way (head, then body or nothing), so the picker keeps its node and
    // the focus while the pointer moves over the map.
    if (!id || !rules.districtIndex.has(id)) {
      renderInto(
        [h('div', { class: 'details-head' }, h('p', { class: 'muted' }, t.pointAt), picker), null],
        this.details,
      );
      return;
    }
    const d = rules.district(id);
    const state = this.model?.state ?? g.state;
    const values = state.districts[rules.districtIndex.get(id)!]?.values ?? [];
    const units = state.assets.filter((a) => a.location === id);
    const incidents = state.incidents.filter((i) => i.status === 'open' && i.district === id);
    renderInto(
      [
        h(
          'div',
          { class: 'details-head' },
          h('h3', null, L.text(d.name)),
          h('span', { class: 'muted' }, t.population(d.population)),
          picker,
        ),
        h(
          'div',
          { class: 'details-body' },
          h(
            'dl',
            { class: 'indicators' },
            rules.indicators.map((ind, i) => {
              const v = values[i] ?? 0;
              return h(
                'div',
                { class: `ind${ind.id === s.indicator ? ' ind-current' : ''}` },
                h('dt', null, indicatorName(L, rules, ind.id)),
                h(
                  'dd',
                  null,
                  h('span', {
                    class: 'swatch',
                    style: { background: indicatorColour(v, ind.goodWhen) },
                    'aria-hidden': 'true',
                  }),
                  L.f.num(v),
                ),
              );
            }),
          ),
          h(
            'div',
            { class: 'details-lists' },
            h(
              'div',
              null,
              h('h4', null, t.units(units.length)),
              units.length
                ? h(
                    'ul',
                    { class: 'units' },
                    units.map((u) =>
                      h('li', null, roleBadge(L, rules, u.role), ' ', assetName(L, rules, u.id)),
                    ),
                  )
                : h('p', { class: 'muted' }, t.noUnits),
            ),
            h(
              'div',
              null,
              h('h4', null, t.openIncidents(incidents.length)),
              incidents.length
                ? h(
                    'ul',
                    { class: 'incidents' },
                    incidents.map((i) =>
                      h(
                        'li',
                        null,
                        '\u26a0 ',
                        L.text(i.def.title),
                        h('span', { class: 'muted' }, ` \u2014 ${t.turnsLeft(i.turnsLeft)}`),
                        h(
                          'span',
                          { class: 'expected', 'data-testid': 'expected-response' },
                          L.msg(expectedResponse(i)),
                        ),
                      ),
                    ),
                  )
                : h('p', { class: 'muted' }, t.none),
            ),
          ),
        ),
      ],
      this.details,
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    this.handle?.destroy();
    this.handle = null;
    renderInto(null, this.toolbar);
    renderInto(null, this.details);
  }
}
