/**
 * The "intelligence" section: 24 facts of four kinds, placed where their kind belongs, most of
 * them known to one role at the start.
 */
import type { Random } from './choose';
import type { LargeMap } from './districts';
import type { Json } from './plan';

export function makeIntelligence(random: Random, map: LargeMap): Json[] {
  const { pick } = random;
  const { districts, byRegion, all } = map;
  const factKinds = [
    {
      title: 'Arms cache',
      text: 'rifles and mortar rounds under a barn floor',
      helps: ['joint_raid', 'cordon_search'],
      bonus: 15,
      holder: ['mil-north', 'mil-south'],
    },
    {
      title: 'Smuggling depot',
      text: 'fuel and cigarettes stored for the border run',
      helps: ['joint_raid', 'arrest', 'investigate'],
      bonus: 15,
      holder: ['unpol', 'fpu'],
    },
    {
      title: 'Planned protest',
      text: 'traders plan to march on the district office',
      helps: ['crowd_control', 'mediation'],
      bonus: 10,
      holder: ['civil-affairs', 'electoral'],
    },
    {
      title: 'Corrupt commander',
      text: 'the local police chief takes money from the smugglers',
      helps: ['arrest', 'investigate', 'train_police'],
      bonus: 10,
      holder: ['justice', 'unpol'],
    },
  ];
  const intelligence: Json[] = [];
  for (let k = 0; k < 24; k++) {
    const kind = factKinds[k % factKinds.length]!;
    const district = pick(
      kind.title === 'Arms cache'
        ? byRegion.north!
        : kind.title === 'Smuggling depot'
          ? byRegion.south!
          : all,
    );
    const name = districts.find((d) => d.id === district)!.name as string;
    intelligence.push({
      id: `fact-${k + 1}`,
      title: `${kind.title} in ${name}`,
      text: `A source reports ${kind.text} in ${name}.`,
      knownBy: k % 5 === 4 ? [] : [pick(kind.holder)],
      district,
      helps: kind.helps,
      bonus: kind.bonus,
    });
  }
  return intelligence;
}
