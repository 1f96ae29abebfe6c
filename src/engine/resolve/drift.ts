/**
 * Phase "drift": districts change by themselves, by the scenario's drift rules (or the engine's
 * defaults). Conditions are read before any rule applies, so rule order does not matter.
 */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { compare } from '../metrics';
import { msg, ref } from '../messages';
import { changeIndicator } from '../values';

export function drift(ctx: Ctx): void {
  const rules = ctx.rules.drift;
  const when = rules.map((rule) => ctx.rules.indicatorIndex.get(rule.when.indicator));
  const names = rules.map((rule) => String(rules.indexOf(rule)));
  const districts = ctx.rules.scenario.districts;
  for (let d = 0; d < districts.length; d++) {
    const district = districts[d]!;
    const values = ctx.s.districts[d]?.values;
    const due: number[] = [];
    for (let r = 0; r < rules.length; r++) {
      const i = when[r];
      const value = values && i !== undefined ? (values[i] ?? 0) : 0;
      const { comparison, value: target } = rules[r]!.when;
      if (compare(value, comparison, target)) due.push(r);
    }
    if (due.length === 0) continue;
    const reasons = due.map((r) => ref('drift', names[r]!));
    const effects = due.map((r, i) =>
      changeIndicator(
        ctx,
        district.id,
        rules[r]!.then.indicator,
        rules[r]!.then.delta,
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
