/** Measures the scenario's metrics on a state: for objectives, end conditions and injects. */
import type { Comparison, DistrictId, Metric, ObjectiveDef } from '../format';
import type { Reader } from './context';
import { msg, ref, type Msg } from './messages';
import type { Rules } from './rules';
import { counterValue, indicatorValue, pairTrust } from './values';
import type { ObjectiveResult } from './types';

/** An indicator's value in the districts named, or in every district when none are. */
function indicatorValues(
  ctx: Reader,
  districts: readonly DistrictId[] | undefined,
  indicator: string,
): number[] {
  if (districts) return districts.map((d) => indicatorValue(ctx, d, indicator));
  const i = ctx.rules.indicatorIndex.get(indicator);
  return ctx.rules.scenario.districts.map((_, d) => {
    const values = ctx.s.districts[d]?.values;
    return values && i !== undefined ? (values[i] ?? 0) : 0;
  });
}

export function measure(ctx: Reader, metric: Metric): number {
  switch (metric.kind) {
    case 'average':
    case 'max':
    case 'min': {
      const values = indicatorValues(ctx, metric.districts, metric.indicator);
      if (values.length === 0) return 0;
      let max = -Infinity;
      let min = Infinity;
      let sum = 0;
      for (const v of values) {
        max = Math.max(max, v);
        min = Math.min(min, v);
        sum += v;
      }
      if (metric.kind === 'max') return max;
      if (metric.kind === 'min') return min;
      // Integer average, rounded half up, so every engine agrees.
      return Math.floor((2 * sum + values.length) / (2 * values.length));
    }
    case 'counter':
      return counterValue(ctx, metric.counter);
    case 'pairTrust':
      return pairTrust(ctx, metric.roles[0], metric.roles[1]);
    case 'averageTrust': {
      const t = ctx.s.trust;
      if (t.length === 0) return 50;
      return Math.floor((2 * t.reduce((a, b) => a + b.value, 0) + t.length) / (2 * t.length));
    }
  }
}

export function compare(value: number, comparison: Comparison, target: number): boolean {
  return comparison === 'atLeast' ? value >= target : value <= target;
}

export function evaluateObjective(ctx: Reader, o: ObjectiveDef): ObjectiveResult {
  const value = measure(ctx, o.metric);
  return {
    id: o.id,
    description: o.description,
    value,
    met: compare(value, o.comparison, o.value),
    weight: o.weight,
  };
}

/** The share of objective points met, 0–100. */
export function score(results: ObjectiveResult[]): number {
  const total = results.reduce((a, r) => a + r.weight, 0);
  if (total === 0) return 0;
  return Math.floor((100 * results.filter((r) => r.met).reduce((a, r) => a + r.weight, 0)) / total);
}

/** A metric in words, for an inject's trigger or an end condition ("highest tension in any
 * district"). */
export function describeMetric(rules: Rules, metric: Metric): Msg {
  const names = (ids: readonly DistrictId[] | undefined) =>
    (ids ?? []).map((id) => ref('district', id));
  switch (metric.kind) {
    case 'average':
      return msg('metric.average', {
        indicator: ref('indicator', metric.indicator),
        districts: names(metric.districts),
      });
    case 'max':
      return msg('metric.max', {
        indicator: ref('indicator', metric.indicator),
        districts: names(metric.districts),
      });
    case 'min':
      return msg('metric.min', {
        indicator: ref('indicator', metric.indicator),
        districts: names(metric.districts),
      });
    case 'counter':
      return msg('metric.counter', { counter: ref('counter', metric.counter) });
    case 'pairTrust':
      return msg('metric.pairTrust', {
        a: ref('role', metric.roles[0]),
        b: ref('role', metric.roles[1]),
      });
    case 'averageTrust':
      return msg('metric.averageTrust');
  }
}
