/**
 * `npx tsx src/cli/make-large-scenario.ts [OUT.json]`: writes the large scenario used to test and
 * measure Mandate at scale (default tests/fixtures/large-scenario.json). It is generated, not
 * written by hand, and always the same: every choice comes from one seeded generator.
 *
 * Far past the design's 6–16 districts on purpose: 60 districts (quadrilaterals on a jittered
 * 10 × 6 grid, so neighbouring shapes share their corners exactly and tile the map), 8 roles
 * (two military, two police, two civilian, justice and electoral), 40 turns, 24 facts, an inject
 * every turn and more on conditions, a ten-card event deck, five mission objectives and an end
 * condition. The numbers are plausible, not balanced: it is a load test, not a lesson.
 */
import { writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { STANDARD_ACTION_IDS } from '../format';
import { guardOutput } from './output';

const COLS = 10;
const ROWS = 6;
const W = 1500;
const H = 1000;
const TURNS = 40;

type Json = Record<string, unknown>;

export function makeLargeScenario(): Json {
  const rng = seedrandom.alea('mandate-large-scenario');
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

  // ---- the map: a grid of shared, jittered vertices -------------------------------------------
  const cw = W / COLS;
  const ch = H / ROWS;
  const vx: number[][] = [];
  const vy: number[][] = [];
  for (let j = 0; j <= ROWS; j++) {
    vx.push([]);
    vy.push([]);
    for (let i = 0; i <= COLS; i++) {
      // Corners stay put, border vertices slide along their border, inner ones move freely by
      // at most a quarter cell, which keeps every quadrilateral convex.
      const jx = i === 0 || i === COLS ? 0 : Math.round((rng() - 0.5) * cw * 0.5);
      const jy = j === 0 || j === ROWS ? 0 : Math.round((rng() - 0.5) * ch * 0.5);
      vx[j]!.push(Math.round(i * cw) + jx);
      vy[j]!.push(Math.round(j * ch) + jy);
    }
  }
  const pt = (i: number, j: number): [number, number] => [vx[j]![i]!, vy[j]![i]!];

  const prefixes = [
    'Ash',
    'Bel',
    'Cor',
    'Dun',
    'Esk',
    'Fen',
    'Gar',
    'Hol',
    'Ivel',
    'Jor',
    'Kel',
    'Lom',
  ];
  const suffixes = ['ford', 'mere', 'wick', 'dale', 'holm'];
  const names = prefixes.flatMap((p) => suffixes.map((s) => p + s));
  for (let i = names.length - 1; i > 0; i--) {
    const k = Math.floor(rng() * (i + 1));
    [names[i], names[k]] = [names[k]!, names[i]!];
  }
  const idAt = (c: number, r: number) => names[r * COLS + c]!.toLowerCase();
  const region = (c: number, r: number) =>
    r < 2 ? 'north' : r >= 4 ? 'south' : c >= 4 && c <= 5 ? 'capital' : 'centre';
  const regionText: Record<string, string> = {
    north: 'Hill country where armed groups still move at night.',
    south: 'River plains and smuggling routes to the border.',
    centre: 'Farmland and market towns along the trunk road.',
    capital: 'The federal capital: ministries, markets and crowded suburbs.',
  };

  const districts: Json[] = [];
  const byRegion: Record<string, string[]> = { north: [], south: [], centre: [], capital: [] };
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const id = idAt(c, r);
      const reg = region(c, r);
      byRegion[reg]!.push(id);
      const neighbours: string[] = [];
      if (r > 0) neighbours.push(idAt(c, r - 1));
      if (c < COLS - 1) neighbours.push(idAt(c + 1, r));
      if (r < ROWS - 1) neighbours.push(idAt(c, r + 1));
      if (c > 0) neighbours.push(idAt(c - 1, r));
      const hot = reg === 'north' ? 15 : 0;
      const crooked = reg === 'south' ? 20 : 0;
      districts.push({
        id,
        name: names[r * COLS + c]!,
        description: regionText[reg],
        population: reg === 'capital' ? int(60, 140) * 1000 : int(4, 40) * 1000,
        shape: [pt(c, r), pt(c + 1, r), pt(c + 1, r + 1), pt(c, r + 1)],
        neighbours,
        indicators: {
          security: int(35, 65) - hot,
          trust: int(35, 60),
          tension: int(30, 55) + Math.round(hot / 2),
          need: int(25, 55) + (reg === 'north' ? 10 : 0),
          crime: int(20, 45) + crooked,
        },
      });
    }
  }
  const all = districts.map((d) => d.id as string);
  const capital = byRegion.capital!;

  // ---- roles ----------------------------------------------------------------------------------
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
  const spread = (ids: string[], n: number) =>
    Array.from({ length: n }, (_, k) => ids[Math.floor(((k + 0.5) * ids.length) / n)]!);

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
  const roleIds = roles.map((r) => r.id as string);

  const trust: Json[] = [
    { roles: ['mil-north', 'unpol'], value: 38 },
    { roles: ['mil-south', 'unpol'], value: 42 },
    { roles: ['mil-north', 'mil-south'], value: 60 },
    { roles: ['unpol', 'fpu'], value: 62 },
    { roles: ['fpu', 'civil-affairs'], value: 45 },
    { roles: ['humanitarian', 'mil-north'], value: 35 },
  ];

  // ---- intelligence ---------------------------------------------------------------------------
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

  // ---- injects: one a turn, and some on conditions -------------------------------------------
  const incident = (
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

  // ---- the event deck
  // ----------------------------------------------------------------------------
  const cards: Json[] = [
    {
      id: 'ev-rain',
      title: 'Heavy rains',
      text: 'Roads wash out; food prices rise.',
      weight: 3,
      effects: [{ type: 'indicator', indicator: 'need', delta: 5 }],
    },
    {
      id: 'ev-ambush',
      title: 'Ambush on a convoy',
      text: 'A supply convoy is ambushed in the hills.',
      weight: 2,
      districts: byRegion.north,
      effects: [{ type: 'indicator', indicator: 'security', delta: -6 }],
    },
    {
      id: 'ev-fuel',
      title: 'Fuel seized',
      text: 'Customs seize a lorry of smuggled fuel.',
      weight: 2,
      districts: byRegion.south,
      effects: [{ type: 'indicator', indicator: 'crime', delta: -4 }],
    },
    {
      id: 'ev-ngo',
      title: 'NGO convoy arrives',
      text: 'An aid agency brings food on its own.',
      weight: 2,
      effects: [{ type: 'indicator', indicator: 'need', delta: -5 }],
    },
    {
      id: 'ev-rumour',
      title: 'Rumour on social media',
      text: 'A video claims peacekeepers beat a trader.',
      weight: 2,
      effects: [
        { type: 'indicator', indicator: 'trust', delta: -4 },
        { type: 'indicator', indicator: 'tension', delta: 3 },
      ],
    },
    {
      id: 'ev-wedding',
      title: 'Reconciliation wedding',
      text: 'Two feuding clans celebrate a marriage.',
      weight: 1,
      effects: [{ type: 'indicator', indicator: 'tension', delta: -5 }],
    },
    {
      id: 'ev-strike',
      title: 'Teachers strike',
      text: 'Unpaid teachers march on the ministry.',
      weight: 1,
      districts: capital,
      effects: [{ type: 'indicator', indicator: 'tension', delta: 5 }],
    },
    {
      id: 'ev-jailbreak',
      title: 'Jailbreak',
      text: 'Prisoners escape from an overcrowded jail.',
      weight: 1,
      effects: [
        { type: 'indicator', indicator: 'crime', delta: 5 },
        { type: 'indicator', indicator: 'security', delta: -3 },
      ],
    },
    {
      id: 'ev-harvest',
      title: 'Good harvest',
      text: 'The harvest is the best in years.',
      weight: 1,
      effects: [{ type: 'indicator', indicator: 'need', delta: -6 }],
    },
    {
      id: 'ev-riot',
      title: 'Football riot',
      text: 'A derby ends in a brawl in the streets.',
      weight: 1,
      districts: capital,
      effects: [
        {
          type: 'incident',
          incident: incident(
            'inc-ev-riot',
            'Brawl after the match',
            'Rival fans fight in the streets.',
            ['crowd_control', 'patrol'],
            25,
          ),
        },
      ],
    },
  ];

  return {
    $schema: '../../scenarios/scenario.schema.json',
    schemaVersion: 1,
    id: 'large-karst',
    title: 'Karst Federation (large test scenario)',
    summary:
      'A generated federation of 60 districts and 8 roles over 40 turns, for load tests and measurements.',
    setting:
      'Generated by src/cli/make-large-scenario.ts. A fictional federation two years after a peace agreement: armed groups in the northern hills, smuggling in the south, and a crowded capital in between.',
    learningObjectives: [
      'Coordinate across eight components on one map',
      'Share intelligence before acting on it',
      'Let the police lead public order',
    ],
    sources: ['Generated for the Mandate test suite'],
    turns: TURNS,
    winScore: 60,
    map: { width: W, height: H },
    indicators: [
      {
        id: 'crime',
        name: 'Organised crime',
        description: 'Reach of criminal networks.',
        goodWhen: 'low',
      },
    ],
    districts,
    roles,
    defaultTrust: 50,
    trust,
    actions: [...STANDARD_ACTION_IDS],
    actionOverrides: {
      arrest: {
        onSuccess: [
          { type: 'indicator', indicator: 'security', delta: 5 },
          { type: 'counter', counter: 'arrests', delta: 1 },
          { type: 'indicator', indicator: 'crime', delta: -5 },
        ],
      },
      joint_raid: {
        onSuccess: [
          { type: 'indicator', indicator: 'security', delta: 10 },
          { type: 'counter', counter: 'arrests', delta: 2 },
          { type: 'indicator', indicator: 'crime', delta: -6 },
        ],
      },
    },
    intelligence,
    injects,
    events: { chancePerTurn: 50, cards },
    drift: [
      {
        when: { indicator: 'need', comparison: 'atLeast', value: 60 },
        then: { indicator: 'tension', delta: 2 },
        reason: 'Unmet needs fuel grievances.',
      },
      {
        when: { indicator: 'security', comparison: 'atMost', value: 35 },
        then: { indicator: 'tension', delta: 2 },
        reason: 'Insecurity breeds fear.',
      },
      {
        when: { indicator: 'crime', comparison: 'atLeast', value: 60 },
        then: { indicator: 'trust', delta: -1 },
        reason: 'Impunity erodes confidence.',
      },
      {
        when: { indicator: 'trust', comparison: 'atLeast', value: 60 },
        then: { indicator: 'tension', delta: -1 },
        reason: 'Confidence calms disputes.',
      },
    ],
    objectives: [
      {
        id: 'obj-security',
        description: 'Average security at least 55.',
        metric: { kind: 'average', indicator: 'security' },
        comparison: 'atLeast',
        value: 55,
        weight: 25,
      },
      {
        id: 'obj-tension',
        description: 'No district above 70 tension.',
        metric: { kind: 'max', indicator: 'tension' },
        comparison: 'atMost',
        value: 70,
        weight: 20,
      },
      {
        id: 'obj-harm',
        description: 'At most 4 incidents of harm to civilians.',
        metric: { kind: 'counter', counter: 'civilianHarm' },
        comparison: 'atMost',
        value: 4,
        weight: 20,
      },
      {
        id: 'obj-need',
        description: 'Average humanitarian need at most 45.',
        metric: { kind: 'average', indicator: 'need' },
        comparison: 'atMost',
        value: 45,
        weight: 15,
      },
      {
        id: 'obj-crime',
        description: 'Average crime at most 40.',
        metric: { kind: 'average', indicator: 'crime' },
        comparison: 'atMost',
        value: 40,
        weight: 20,
      },
    ],
    endConditions: [
      {
        id: 'end-uprising',
        description: 'Average tension across the federation reaches 85.',
        metric: { kind: 'average', indicator: 'tension' },
        comparison: 'atLeast',
        value: 85,
      },
    ],
    debriefQuestions: [
      'With eight components on one map, who decided who leads where, and how?',
      'Which intelligence reached the role that could act on it, and how fast?',
    ],
  };
}

/** Pretty JSON with each [x, y] point on one line, so the file stays readable. */
export function formatScenario(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

const isMain = process.argv[1] && /make-large-scenario\.ts$/.test(process.argv[1]);
if (isMain) {
  guardOutput('make-large-scenario');
  const out = process.argv[2] ?? 'tests/fixtures/large-scenario.json';
  const text = formatScenario(makeLargeScenario());
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} kB)`);
}
