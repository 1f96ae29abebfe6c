/**
 * Phase "drift": districts change by themselves, by the scenario's drift rules (or the engine's
 * defaults). Conditions are read before any rule applies, so rule order does not matter.
 */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { compare } from '../metrics';
import { msg, ref } from '../messages';
import { changeIndicator, indicatorValue } from '../values';

export function drift(ctx: Ctx): void {
  for (const district of ctx.rules.scenario.districts) {
    const due = ctx.rules.drift.filter((rule) =>
      compare(
        indicatorValue(ctx, district.id, rule.when.indicator),
        rule.when.comparison,
        rule.when.value,
      ),
    );
    if (due.length === 0) continue;
    const reasons = due.map((rule) => ref('drift', String(ctx.rules.drift.indexOf(rule))));
    const effects = due.map((rule, i) =>
      changeIndicator(
        ctx,
        district.id,
        rule.then.indicator,
        rule.then.delta,
        msg('text', { text: reasons[i]! }),
      ),
    );
    addLog(ctx, {
      phase: 'drift',
      kind: 'drift',
      title: msg('log.drift', { district: ref('district', district.id), reasons }),
      roles: [],
      district: district.id,
      visibleTo: 'all',
      effects,
    });
  }
}
