/** Plays any legal-looking orders at random: a baseline, and a fuzzer of the engine's rules. */
import { POSTURES, type Command } from '../types';
import type { Rng } from '../rng';
import type { Policy } from './policy';

const pick = <T>(rng: Rng, items: readonly T[]): T | undefined => items[rng.below(items.length)];

export const random: Policy = {
  id: 'random',
  plan(view, step, rng) {
    const me = view.me.id;
    const districts = view.rules.scenario.districts.map((d) => d.id);
    const others = view.rules.scenario.roles.filter((r) => r.id !== me);
    if (step === 'propose') {
      const joint = view.card.capabilities.filter(
        (a) => view.rules.actionById.get(a)?.shape === 'joint',
      );
      const action = pick(rng, joint);
      if (!action || rng.below(100) >= 40) return [];
      const partners = others
        .filter((r) => r.capabilities.includes(action) && rng.below(2) === 0)
        .map((r) => r.id);
      return [
        {
          type: 'propose',
          role: me,
          action,
          district: pick(rng, districts)!,
          partners,
          posture: pick(rng, POSTURES)!,
        },
      ];
    }
    if (step === 'respond') {
      return view.proposalsToMe.map((p): Command => ({
        type: 'respond',
        role: me,
        proposal: p.id,
        accept: rng.below(2) === 0,
      }));
    }
    const out: Command[] = [];
    for (let i = 0; i < view.card.actionPoints + 2; i++) {
      const action = pick(rng, view.card.capabilities);
      const def = action ? view.rules.actionById.get(action) : undefined;
      if (!action || !def || def.shape === 'joint') continue;
      const district = pick(rng, districts)!;
      if (def.shape === 'share') {
        const fact = pick(rng, view.facts);
        const to = pick(rng, others);
        if (fact && to)
          out.push({ type: 'order', role: me, action, district, fact: fact.id, to: to.id });
      } else if (def.shape === 'move') {
        const asset = pick(rng, view.myAssets);
        const dest = asset ? pick(rng, view.rules.district(asset.location).neighbours) : undefined;
        if (asset && dest)
          out.push({ type: 'order', role: me, action, district: dest, asset: asset.id });
      } else {
        out.push({ type: 'order', role: me, action, district });
      }
    }
    return out;
  },
};
