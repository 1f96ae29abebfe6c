/**
 * The "roles" and "trust" sections: eight roles, two military, two police, two civilian,
 * justice and electoral, with their units spread over the regions, and the trust between some.
 */
import { spread, type Random } from './choose';
import type { LargeMap } from './districts';
import type { Json } from './plan';

export function makeRoles(random: Random, map: LargeMap): { roles: Json[]; trust: Json[] } {
  const { int } = random;
  const { byRegion, all, capital } = map;
  const objective = (
    id: string,
    description: string,
    metric: Json,
    comparison: 'atLeast' | 'atMost',
    value: number,
  ) => ({
    id,
    description,
    metric,
    comparison,
    value,
    weight: 1,
  });
  let assetNo = 0;
  const assets = (prefix: string, type: string, where: string[]) =>
    where.map((location) => ({
      id: `${prefix}-${++assetNo}`,
      name: `${type} ${assetNo}`,
      type,
      location,
      readiness: int(60, 90),
    }));

  const militaryCaps = [
    'patrol',
    'checkpoint',
    'cordon_search',
    'move_asset',
    'share_intel',
    'joint_patrol',
    'crowd_control',
    'joint_raid',
    'escorted_aid',
  ];
  const policeCaps = [
    'patrol',
    'checkpoint',
    'community_meeting',
    'investigate',
    'arrest',
    'train_police',
    'move_asset',
    'share_intel',
    'joint_patrol',
    'crowd_control',
    'joint_raid',
    'escorted_aid',
  ];
  const noCrowdLead = {
    type: 'cannotLead',
    actions: ['crowd_control'],
    reason: 'Police lead public order; others support under their lead.',
  };
  const roles: Json[] = [
    {
      id: 'mil-north',
      name: 'North Sector Brigade',
      kind: 'military',
      short: 'MIL-N',
      mandate: 'Deter armed groups in the northern hills and protect civilians under threat.',
      capabilities: militaryCaps,
      actionPoints: 4,
      constraints: [
        noCrowdLead,
        {
          type: 'maxPerTurn',
          action: 'cordon_search',
          count: 1,
          reason: 'One battalion can hold one cordon at a time.',
        },
      ],
      assets: assets('mn', 'Infantry company', spread(byRegion.north!, 4)),
      privateObjective: objective(
        'mil-north-sec',
        'Average security in the north at least 50.',
        { kind: 'average', indicator: 'security', districts: byRegion.north },
        'atLeast',
        50,
      ),
    },
    {
      id: 'mil-south',
      name: 'South Sector Brigade',
      kind: 'military',
      short: 'MIL-S',
      mandate:
        'Secure the river crossings and the border road; support the police against armed smugglers.',
      capabilities: militaryCaps,
      actionPoints: 4,
      constraints: [noCrowdLead],
      assets: assets('ms', 'Mechanised company', spread(byRegion.south!, 4)),
      privateObjective: objective(
        'mil-south-harm',
        'No more than 3 incidents of harm to civilians.',
        { kind: 'counter', counter: 'civilianHarm' },
        'atMost',
        3,
      ),
    },
    {
      id: 'unpol',
      name: 'UN Police',
      kind: 'police',
      short: 'UNPOL',
      mandate:
        'Advise the federal police, investigate serious crime and lead the response to public disorder.',
      capabilities: policeCaps,
      actionPoints: 4,
      constraints: [
        {
          type: 'maxPerTurn',
          action: 'arrest',
          count: 2,
          reason: 'Two case teams process arrests.',
        },
      ],
      assets: assets('up', 'Police advisers', spread([...capital, ...byRegion.centre!], 3)),
      privateObjective: objective(
        'unpol-crime',
        'Average crime at most 35.',
        { kind: 'average', indicator: 'crime' },
        'atMost',
        35,
      ),
    },
    {
      id: 'fpu',
      name: 'Formed Police Units',
      kind: 'police',
      short: 'FPU',
      mandate: 'Keep public order in the capital and the market towns; protect mission sites.',
      capabilities: [
        'patrol',
        'checkpoint',
        'arrest',
        'move_asset',
        'share_intel',
        'joint_patrol',
        'crowd_control',
        'joint_raid',
      ],
      actionPoints: 3,
      constraints: [],
      assets: assets('fp', 'Formed police unit', [
        ...spread(capital, 2),
        ...spread(byRegion.south!, 1),
      ]),
      privateObjective: objective(
        'fpu-tension',
        'No district of the capital above 60 tension.',
        { kind: 'max', indicator: 'tension', districts: capital },
        'atMost',
        60,
      ),
    },
    {
      id: 'civil-affairs',
      name: 'Civil Affairs',
      kind: 'civilian',
      short: 'CA',
      mandate:
        'Engage communities and local authorities, mediate disputes and explain the mission.',
      capabilities: [
        'community_meeting',
        'mediation',
        'public_information',
        'move_asset',
        'share_intel',
        'crowd_control',
        'escorted_aid',
      ],
      actionPoints: 3,
      constraints: [noCrowdLead],
      assets: assets('ca', 'Civil affairs team', spread(all, 4)),
      privateObjective: objective(
        'ca-trust',
        'Average public trust at least 50.',
        { kind: 'average', indicator: 'trust' },
        'atLeast',
        50,
      ),
    },
    {
      id: 'humanitarian',
      name: 'Humanitarian Coordination',
      kind: 'civilian',
      short: 'HUM',
      mandate:
        'Coordinate relief so that aid reaches the people who need it, safely and impartially.',
      capabilities: [
        'aid_delivery',
        'community_meeting',
        'move_asset',
        'share_intel',
        'escorted_aid',
        'crowd_control',
      ],
      actionPoints: 3,
      constraints: [
        noCrowdLead,
        {
          type: 'notInDistricts',
          actions: ['aid_delivery'],
          districts: byRegion.north!.slice(0, 6),
          reason: 'Unescorted convoys may not enter the hills.',
        },
      ],
      assets: assets('hu', 'Relief hub', spread([...byRegion.centre!, ...byRegion.south!], 3)),
      privateObjective: objective(
        'hum-need',
        'Average humanitarian need at most 40.',
        { kind: 'average', indicator: 'need' },
        'atMost',
        40,
      ),
    },
    {
      id: 'justice',
      name: 'Justice and Corrections',
      kind: 'justice',
      short: 'JUS',
      mandate: 'Support the courts and prisons so that arrests end in fair trials.',
      capabilities: [
        'community_meeting',
        'public_information',
        'mediation',
        'move_asset',
        'share_intel',
      ],
      actionPoints: 2,
      constraints: [],
      assets: assets('ju', 'Rule-of-law advisers', spread(capital, 1)),
      privateObjective: objective(
        'jus-arrests',
        'At least 8 arrests brought before a court.',
        { kind: 'counter', counter: 'arrests' },
        'atLeast',
        8,
      ),
    },
    {
      id: 'electoral',
      name: 'Electoral Assistance',
      kind: 'electoral',
      short: 'ELE',
      mandate: 'Help the electoral commission register voters and hold a credible vote in turn 30.',
      capabilities: [
        'community_meeting',
        'public_information',
        'mediation',
        'move_asset',
        'share_intel',
        'crowd_control',
      ],
      actionPoints: 2,
      constraints: [noCrowdLead],
      assets: assets('el', 'Electoral team', spread(all, 2)),
      privateObjective: objective(
        'ele-calm',
        'No district above 75 tension.',
        { kind: 'max', indicator: 'tension' },
        'atMost',
        75,
      ),
    },
  ];

  const trust: Json[] = [
    { roles: ['mil-north', 'unpol'], value: 38 },
    { roles: ['mil-south', 'unpol'], value: 42 },
    { roles: ['mil-north', 'mil-south'], value: 60 },
    { roles: ['unpol', 'fpu'], value: 62 },
    { roles: ['fpu', 'civil-affairs'], value: 45 },
    { roles: ['humanitarian', 'mil-north'], value: 35 },
  ];
  return { roles, trust };
}
