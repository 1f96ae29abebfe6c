/**
 * The "injects" section: one inject a turn, every other one opening an incident, and more that
 * wait for unrest; the incidents are made here for the event deck too.
 */
import { spread, type Random } from './choose';
import type { LargeMap } from './districts';
import { TURNS, type Json } from './plan';

export const incident = (
  id: string,
  title: string,
  text: string,
  respondWith: string[],
  severity: number,
): Json => ({
  id,
  title,
  text,
  severity,
  duration: 2,
  respondWith,
  onResolved: [{ type: 'indicator', indicator: 'tension', delta: -5 }],
  onFailed: [
    { type: 'counter', counter: 'civilianHarm', delta: 1 },
    { type: 'indicator', indicator: 'trust', delta: -4 },
  ],
  escalation: [{ type: 'indicator', indicator: 'tension', delta: 3 }],
});

export function makeInjects(random: Random, map: LargeMap, roles: readonly Json[]): Json[] {
  const { int, pick } = random;
  const { all, capital } = map;
  const roleIds = roles.map((r) => r.id as string);
  const injectKinds = [
    {
      title: 'Roadblock on the trunk road',
      text: 'Armed men stop lorries and demand a toll.',
      effects: [{ type: 'indicator', indicator: 'security', delta: -5 }],
      respond: ['joint_patrol', 'checkpoint', 'patrol'],
    },
    {
      title: 'Market traders strike',
      text: 'Traders close their stalls over new taxes and gather at the district office.',
      effects: [{ type: 'indicator', indicator: 'tension', delta: 6 }],
      respond: ['crowd_control', 'mediation'],
    },
    {
      title: 'Displaced families arrive',
      text: 'Families fleeing the hills camp at the school.',
      effects: [{ type: 'indicator', indicator: 'need', delta: 8 }],
      respond: ['aid_delivery', 'escorted_aid'],
    },
    {
      title: 'Smugglers fire on a patrol',
      text: 'A border patrol is shot at near a river crossing.',
      effects: [{ type: 'indicator', indicator: 'crime', delta: 5 }],
      respond: ['joint_raid', 'arrest', 'joint_patrol'],
    },
    {
      title: 'Radio rumour',
      text: 'A local station says the mission favours one community.',
      effects: [{ type: 'indicator', indicator: 'trust', delta: -4 }],
      respond: ['public_information', 'community_meeting'],
    },
  ];
  const injects: Json[] = [];
  for (let t = 1; t <= TURNS; t++) {
    const kind = injectKinds[(t - 1) % injectKinds.length]!;
    const district = pick(t % 3 === 0 ? capital : all);
    const withIncident = t % 2 === 0;
    injects.push({
      id: `inj-${t}`,
      title: kind.title,
      text: kind.text,
      sender: pick([
        'District commissioner',
        'Federal police liaison',
        'Humanitarian cluster lead',
        'Local radio monitor',
      ]),
      recipients:
        t % 4 === 0
          ? [pick(roleIds), pick(roleIds.filter((r) => r !== 'justice'))].filter(
              (r, i, a) => a.indexOf(r) === i,
            )
          : 'all',
      expectedResponse: 'The roles concerned agree who leads and act together in the district.',
      objectiveTested: 'Coordination across components at scale',
      trigger: { turn: t },
      district,
      effects: [
        ...kind.effects,
        ...(withIncident
          ? [
              {
                type: 'incident',
                incident: incident(`inc-${t}`, kind.title, kind.text, kind.respond, int(15, 35)),
              },
            ]
          : []),
      ],
    });
  }
  for (const [k, d] of spread(all, 8).entries()) {
    injects.push({
      id: `inj-unrest-${k + 1}`,
      title: 'Unrest boils over',
      text: 'Youths burn tyres at the crossroads; shops close early.',
      sender: 'Joint operations centre',
      recipients: 'all',
      expectedResponse:
        'Police lead crowd control with civilian mediators; the military hold the cordon.',
      objectiveTested: 'Coordinated response to public disorder',
      trigger: {
        condition: {
          metric: { kind: 'max', indicator: 'tension', districts: [d] },
          comparison: 'atLeast',
          value: 70,
        },
        from: 3,
      },
      district: d,
      effects: [
        {
          type: 'incident',
          incident: incident(
            `inc-unrest-${k + 1}`,
            'Riot at the crossroads',
            'An angry crowd faces the police line.',
            ['crowd_control', 'mediation'],
            30,
          ),
        },
      ],
    });
  }
  return injects;
}
