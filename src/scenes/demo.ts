/**
 * Dev-only harness for map-demo.html: mounts the map on the default scenario so it can be looked
 * at and screenshot. Query: scenario, renderer, indicator, sel, hl (comma list), incidents=1,
 * viewer, w, h, lang (en, es or fr).
 * Not imported by the app.
 */
import '../i18n/all';
import { compileRules } from '../engine/rules';
import { newGame } from '../engine/game';
import type { Scenario } from '../format';
import { isLocale, makeLang } from '../i18n';
import type { MapModel, RendererChoice } from './mapContract';
import { mountMap } from './mountMap';
import { legendEnds, legendGradient } from './palette';

const q = new URLSearchParams(location.search);
const files = import.meta.glob<{ default: unknown }>('../../scenarios/*.json');
const file = files[`../../scenarios/${q.get('scenario') ?? 'default'}.json`]!;
const rules = compileRules((await file()).default as Scenario);
const state = newGame(rules, 'demo');
if (q.get('incidents')) {
  const def = {
    id: 'demo',
    title: 'Demo',
    text: '',
    severity: 10,
    duration: 2,
    respondWith: [],
    onResolved: [],
    onFailed: [],
  };
  for (const [i, at] of [5, 5, 4, 0].entries()) {
    const district = rules.scenario.districts[at % rules.scenario.districts.length]!.id;
    state.incidents.push({
      id: 100 + i,
      def,
      district,
      openedTurn: 1,
      turnsLeft: 2,
      status: 'open',
    });
  }
}
const el = document.getElementById('map')!;
if (q.get('w'))
  Object.assign(el.style, {
    inset: 'auto',
    width: `${q.get('w')}px`,
    height: `${q.get('h') ?? 600}px`,
  });
const locale = q.get('lang');
const L = makeLang(isLocale(locale) ? locale : 'en', rules.scenario);
const model: MapModel = {
  rules,
  state,
  indicator: q.get('indicator') ?? 'security',
  selectedDistrict: q.get('sel'),
  highlighted: q.get('hl')?.split(',') ?? [],
  viewer: q.get('viewer') ?? 'facilitator',
  lang: L,
};
const def = rules.indicators[rules.indicatorIndex.get(model.indicator) ?? 0]!;
const ends = legendEnds(def);
// Built as elements: even in a dev page, scenario text is never parsed as HTML.
const legend = document.getElementById('legend')!;
const name = document.createElement('div');
name.textContent = L.word({ ref: 'indicator', id: def.id });
const ramp = document.createElement('div');
Object.assign(ramp.style, { width: '220px', height: '14px', background: legendGradient(def) });
const scale = document.createElement('div');
Object.assign(scale.style, { display: 'flex', justifyContent: 'space-between', width: '220px' });
for (const text of [`0 ${L.ui.map.ends[ends.low]}`, '50', `${L.ui.map.ends[ends.high]} 100`]) {
  const span = document.createElement('span');
  span.textContent = text;
  scale.append(span);
}
legend.replaceChildren(name, ramp, scale);
const events: string[] = [];
const handle = await mountMap(
  el,
  model,
  {
    selectDistrict: (id) => {
      events.push(`select:${id}`);
      handle.update({ ...model, selectedDistrict: id });
    },
    hoverDistrict: (id) => events.push(`hover:${id}`),
  },
  (q.get('renderer') as RendererChoice | null) ?? 'auto',
);
// Each language's `Lang`, so a test can hand the map a model in another language.
const langs = {
  en: makeLang('en', rules.scenario),
  es: makeLang('es', rules.scenario),
  fr: makeLang('fr', rules.scenario),
};
Object.assign(window, { mapDemo: { handle, events, model, langs } });
