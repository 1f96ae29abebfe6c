import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/scenario/validate';
import { at, errors, validateChanged, type Json } from './helpers';

interface Case {
  name: string;
  change: (s: Json) => void;
  path: string;
  message: RegExp;
  suggestion?: string | RegExp;
}

// Fixture layout: districts harbour, old-town, market, hills; roles military, police, civilian.
const cases: Case[] = [
  {
    name: 'duplicate district id',
    change: (s) => (s.districts[3].id = 'harbour'),
    path: '$.districts[3].id',
    message: /duplicate district id 'harbour' \(also at \$\.districts\[0\]\.id\)/,
    suggestion: 'give each district its own id',
  },
  {
    name: 'duplicate role id',
    change: (s) => (s.roles[2].id = 'police'),
    path: '$.roles[2].id',
    message: /duplicate role id 'police'/,
  },
  {
    name: 'duplicate fact id',
    change: (s) => (s.intelligence[1].id = 'arms-cache'),
    path: '$.intelligence[1].id',
    message: /duplicate fact id 'arms-cache'/,
  },
  {
    name: 'duplicate inject id',
    change: (s) => (s.injects[1].id = 'water-shortage'),
    path: '$.injects[1].id',
    message: /duplicate inject id 'water-shortage'/,
  },
  {
    name: 'duplicate event card id',
    change: (s) => (s.events.cards[2].id = 'rumour'),
    path: '$.events.cards[2].id',
    message: /duplicate event card id 'rumour'/,
  },
  {
    name: 'duplicate objective id',
    change: (s) => (s.objectives[1].id = 'secure-town'),
    path: '$.objectives[1].id',
    message: /duplicate objective id 'secure-town'/,
  },
  {
    name: 'private objective sharing a mission objective id',
    change: (s) => (s.roles[0].privateObjective.id = 'secure-town'),
    path: '$.roles[0].privateObjective.id',
    message: /duplicate objective id 'secure-town' \(also at \$\.objectives\[0\]\.id\)/,
  },
  {
    name: 'duplicate asset id across roles',
    change: (s) => (s.roles[2].assets[0].id = 'inf-coy'),
    path: '$.roles[2].assets[0].id',
    message: /duplicate asset id 'inf-coy' \(also at \$\.roles\[0\]\.assets\[0\]\.id\)/,
  },
  {
    name: 'duplicate scenario indicator',
    change: (s) => {
      s.indicators = [
        { id: 'crime', name: 'Crime', description: 'Reach of gangs.', goodWhen: 'low' },
        { id: 'crime', name: 'Crime again', description: 'Oops.', goodWhen: 'low' },
      ];
      for (const d of s.districts) d.indicators.crime = 20;
    },
    path: '$.indicators[1].id',
    message: /duplicate indicator id 'crime'/,
  },
  {
    name: 'scenario indicator redefining a standard one',
    change: (s) =>
      (s.indicators = [{ id: 'trust', name: 'Trust', description: 'x', goodWhen: 'high' }]),
    path: '$.indicators[0].id',
    message: /'trust' is already a standard indicator/,
  },
  {
    name: 'unknown neighbour',
    change: (s) => s.districts[0].neighbours.push('harbor'),
    path: '$.districts[0].neighbours[2]',
    message: /^unknown district 'harbor'$/,
    suggestion: "did you mean 'harbour'?",
  },
  {
    name: 'adjacency that is not mutual',
    change: (s) => s.districts[0].neighbours.push('hills'),
    path: '$.districts[0].neighbours[2]',
    message: /'harbour' lists 'hills' as a neighbour but 'hills' does not list 'harbour'/,
    suggestion: "add 'harbour' to the neighbours of 'hills'",
  },
  {
    name: 'district that is its own neighbour',
    change: (s) => s.districts[1].neighbours.push('old-town'),
    path: '$.districts[1].neighbours[2]',
    message: /district 'old-town' lists itself as a neighbour/,
    suggestion: 'remove it',
  },
  {
    name: 'district id starting with @',
    change: (s) => (s.districts[0].id = '@harbour'),
    path: '$.districts[0].id',
    message: /may not start with '@'/,
    suggestion: "rename it to 'harbour'",
  },
  {
    name: 'capability naming an unknown action',
    change: (s) => s.roles[1].capabilities.push('arest'),
    path: '$.roles[1].capabilities[9]',
    message: /^unknown action 'arest'$/,
    suggestion: "did you mean 'arrest'?",
  },
  {
    name: 'capability not in the scenario actions',
    change: (s) => {
      s.actions = s.actions.filter((a: string) => a !== 'train_police');
    },
    path: '$.roles[1].capabilities[3]',
    message: /action 'train_police' is not in play/,
    suggestion: "add 'train_police' to $.actions",
  },
  {
    name: 'actions entry naming an unknown action',
    change: (s) => s.actions.push('patroll'),
    path: '$.actions[16]',
    message: /^unknown action 'patroll'$/,
    suggestion: "did you mean 'patrol'?",
  },
  {
    name: 'actionOverrides key naming an unknown action',
    change: (s) => (s.actionOverrides.mediaton = { cost: 2 }),
    path: '$.actionOverrides.mediaton',
    message: /^unknown action 'mediaton'$/,
    suggestion: "did you mean 'mediation'?",
  },
  {
    name: 'actionOverrides key for an action not in play',
    change: (s) => {
      s.actions = s.actions.filter((a: string) => a !== 'patrol');
      for (const r of s.roles)
        r.capabilities = r.capabilities.filter((a: string) => a !== 'patrol');
    },
    path: '$.actionOverrides.patrol',
    message: /action 'patrol' is not in play/,
    suggestion: "add 'patrol' to $.actions",
  },
  {
    name: 'district missing an indicator in play',
    change: (s) => delete s.districts[2].indicators.need,
    path: '$.districts[2].indicators',
    message: /missing the starting value of indicator 'need'/,
    suggestion: /add 'need'/,
  },
  {
    name: 'district missing a scenario indicator',
    change: (s) => {
      s.indicators = [
        { id: 'crime', name: 'Crime', description: 'Reach of gangs.', goodWhen: 'low' },
      ];
      for (const d of s.districts.slice(1)) d.indicators.crime = 20;
    },
    path: '$.districts[0].indicators',
    message: /missing the starting value of indicator 'crime'/,
  },
  {
    name: 'district naming an unknown indicator',
    change: (s) => (s.districts[1].indicators.tensoin = 5),
    path: '$.districts[1].indicators.tensoin',
    message: /^unknown indicator 'tensoin'$/,
    suggestion: "did you mean 'tension'?",
  },
  {
    name: 'objective metric on an unknown indicator',
    change: (s) => (s.objectives[0].metric.indicator = 'securty'),
    path: '$.objectives[0].metric.indicator',
    message: /^unknown indicator 'securty'$/,
    suggestion: "did you mean 'security'?",
  },
  {
    name: 'objective metric on an unknown district',
    change: (s) => (s.objectives[1].metric.districts = ['markt']),
    path: '$.objectives[1].metric.districts[0]',
    message: /^unknown district 'markt'$/,
    suggestion: "did you mean 'market'?",
  },
  {
    name: 'private objective on an unknown counter',
    change: (s) => (s.roles[0].privateObjective.metric.counter = 'civilianHarms'),
    path: '$.roles[0].privateObjective.metric.counter',
    message: /^unknown counter 'civilianHarms'$/,
    suggestion: "did you mean 'civilianHarm'?",
  },
  {
    name: 'private objective on an unknown role pair',
    change: (s) => (s.roles[1].privateObjective.metric.roles = ['police', 'militray']),
    path: '$.roles[1].privateObjective.metric.roles[1]',
    message: /^unknown role 'militray'$/,
    suggestion: "did you mean 'military'?",
  },
  {
    name: 'drift rule on an unknown indicator',
    change: (s) => (s.drift[0].then.indicator = 'tention'),
    path: '$.drift[0].then.indicator',
    message: /^unknown indicator 'tention'$/,
    suggestion: "did you mean 'tension'?",
  },
  {
    name: 'end condition on an unknown indicator',
    change: (s) => (s.endConditions[0].metric.indicator = 'tensions'),
    path: '$.endConditions[0].metric.indicator',
    message: /^unknown indicator 'tensions'$/,
    suggestion: "did you mean 'tension'?",
  },
  {
    name: 'trigger condition on an unknown district',
    change: (s) => (s.injects[1].trigger.condition.metric.districts = ['hils']),
    path: '$.injects[1].trigger.condition.metric.districts[0]',
    message: /^unknown district 'hils'$/,
    suggestion: "did you mean 'hills'?",
  },
  {
    name: 'effect on an unknown indicator',
    change: (s) => (s.events.cards[0].effects[1].indicator = 'trsut'),
    path: '$.events.cards[0].effects[1].indicator',
    message: /^unknown indicator 'trsut'$/,
    suggestion: "did you mean 'trust'?",
  },
  {
    name: 'effect on an unknown district',
    change: (s) => (s.injects[0].effects[0].district = 'oldtown'),
    path: '$.injects[0].effects[0].district',
    message: /^unknown district 'oldtown'$/,
    suggestion: "did you mean 'old-town'?",
  },
  {
    name: 'effect with an unknown district selector',
    change: (s) => (s.injects[0].effects[0].district = '@neighbors'),
    path: '$.injects[0].effects[0].district',
    message: /unknown district selector '@neighbors'/,
    suggestion: "did you mean '@neighbours'?",
  },
  {
    name: 'trust effect naming an unknown role',
    change: (s) =>
      s.events.cards[1].effects.push({ type: 'trust', roles: ['military', 'polce'], delta: -3 }),
    path: '$.events.cards[1].effects[1].roles[1]',
    message: /^unknown role 'polce'$/,
    suggestion: "did you mean 'police'?",
  },
  {
    name: 'revealFact naming an unknown fact',
    change: (s) =>
      s.injects[0].effects.push({ type: 'revealFact', fact: 'arms-cash', to: ['police'] }),
    path: '$.injects[0].effects[1].fact',
    message: /^unknown fact 'arms-cash'$/,
    suggestion: "did you mean 'arms-cache'?",
  },
  {
    name: 'revealFact to an unknown role',
    change: (s) =>
      s.injects[0].effects.push({ type: 'revealFact', fact: 'arms-cache', to: ['civilians'] }),
    path: '$.injects[0].effects[1].to[0]',
    message: /^unknown role 'civilians'$/,
    suggestion: "did you mean 'civilian'?",
  },
  {
    name: 'effect nested in an incident',
    change: (s) => (s.injects[1].effects[0].incident.onFailed[1].indicator = 'trustt'),
    path: '$.injects[1].effects[0].incident.onFailed[1].indicator',
    message: /^unknown indicator 'trustt'$/,
    suggestion: "did you mean 'trust'?",
  },
  {
    name: 'incident naming an unknown related fact',
    change: (s) => (s.injects[1].effects[0].incident.relatedFact = 'protest'),
    path: '$.injects[1].effects[0].incident.relatedFact',
    message: /^unknown fact 'protest'$/,
  },
  {
    name: 'effect in an action override',
    change: (s) =>
      (s.actionOverrides.patrol.onSuccess = [
        { type: 'indicator', indicator: 'secrity', delta: 5 },
      ]),
    path: '$.actionOverrides.patrol.onSuccess[0].indicator',
    message: /^unknown indicator 'secrity'$/,
    suggestion: "did you mean 'security'?",
  },
  {
    name: 'fact known by an unknown role',
    change: (s) => (s.intelligence[0].knownBy = ['miltary']),
    path: '$.intelligence[0].knownBy[0]',
    message: /^unknown role 'miltary'$/,
    suggestion: "did you mean 'military'?",
  },
  {
    name: 'asset in an unknown district',
    change: (s) => (s.roles[1].assets[0].location = 'old_town'),
    path: '$.roles[1].assets[0].location',
    message: /^unknown district 'old_town'$/,
    suggestion: "did you mean 'old-town'?",
  },
  {
    name: 'inject at a turn after the last',
    change: (s) => (s.injects[0].trigger.turn = 7),
    path: '$.injects[0].trigger.turn',
    message: /turn 7 is after the last turn \(6\)/,
    suggestion: 'use a turn from 1 to 6, or raise $.turns',
  },
  {
    name: 'condition trigger starting after the last turn',
    change: (s) => (s.injects[1].trigger.from = 9),
    path: '$.injects[1].trigger.from',
    message: /turn 9 is after the last turn \(6\)/,
  },
  {
    name: 'inject to an unknown role',
    change: (s) => (s.injects[1].recipients = ['police', 'civil']),
    path: '$.injects[1].recipients[1]',
    message: /^unknown role 'civil'$/,
  },
  {
    name: 'trust pair naming an unknown role',
    change: (s) => (s.trust[0].roles = ['militry', 'police']),
    path: '$.trust[0].roles[0]',
    message: /^unknown role 'militry'$/,
    suggestion: "did you mean 'military'?",
  },
  {
    name: 'trust pair of a role with itself',
    change: (s) => (s.trust[0].roles = ['police', 'police']),
    path: '$.trust[0].roles[1]',
    message: /role 'police' is paired with itself/,
    suggestion: 'name two different roles',
  },
  {
    name: 'trust pair given twice',
    change: (s) => s.trust.push({ roles: ['police', 'military'], value: 70 }),
    path: '$.trust[1].roles',
    message: /already given a trust at \$\.trust\[0\]\.roles/,
  },
  {
    name: 'shape with fewer than 3 points',
    change: (s) =>
      (s.districts[0].shape = [
        [0, 0],
        [10, 10],
      ]),
    path: '$.districts[0].shape',
    message: /expected at least 3 items, found 2/,
  },
  {
    name: 'shape point outside the map',
    change: (s) => (s.districts[3].shape[2] = [450, 300]),
    path: '$.districts[3].shape[2]',
    message: /point \[450, 300\] is outside the map \(x 0–400, y 0–300\)/,
  },
  {
    name: 'constraint naming an unknown district',
    change: (s) => (s.roles[2].constraints[0].districts = ['hill']),
    path: '$.roles[2].constraints[0].districts[0]',
    message: /^unknown district 'hill'$/,
    suggestion: "did you mean 'hills'?",
  },
  {
    name: 'event card striking an unknown district',
    change: (s) => (s.events.cards[1].districts = ['habour']),
    path: '$.events.cards[1].districts[0]',
    message: /^unknown district 'habour'$/,
    suggestion: "did you mean 'harbour'?",
  },
  {
    name: 'counter metric accepting a counter the file itself counts',
    change: (s) => {
      s.events.cards[0].effects.push({ type: 'counter', counter: 'rumoursHeard', delta: 1 });
      s.objectives[1].metric = { kind: 'counter', counter: 'rumoursHeerd' };
    },
    path: '$.objectives[1].metric.counter',
    message: /^unknown counter 'rumoursHeerd'$/,
    suggestion: "did you mean 'rumoursHeard'?",
  },
];

function describeProblems(list: Problem[]): string {
  return list.map((p) => `${p.path}: ${p.message} (${p.suggestion ?? ''})`).join('\n');
}

describe('meaning errors', () => {
  it.each(cases)('$name', ({ change, path, message, suggestion }) => {
    const result = validateChanged(change);
    expect(result.ok, describeProblems(errors(result))).toBe(false);
    const found = at(errors(result), path).filter((p) => message.test(p.message));
    expect(
      found,
      `no problem at ${path} matching ${message}; got:\n${describeProblems(errors(result))}`,
    ).toHaveLength(1);
    const p = found[0]!;
    expect(p.severity).toBe('error');
    if (typeof suggestion === 'string') expect(p.suggestion).toBe(suggestion);
    else if (suggestion) expect(p.suggestion).toMatch(suggestion);
  });

  it('accepts a counter that an effect in the file counts', () => {
    const result = validateChanged((s) => {
      s.events.cards[0].effects.push({ type: 'counter', counter: 'rumoursHeard', delta: 1 });
      s.objectives[1].metric = { kind: 'counter', counter: 'rumoursHeard' };
    });
    expect(errors(result)).toEqual([]);
  });

  it('lists the known ids when none is close', () => {
    const result = validateChanged((s) => (s.roles[0].assets[0].location = 'zanzibar'));
    const [p] = at(errors(result), '$.roles[0].assets[0].location');
    expect(p?.suggestion).toBe("known districts: 'harbour', 'old-town', 'market', 'hills'");
  });

  it('reports many meaning errors at once', () => {
    const result = validateChanged((s) => {
      s.districts[0].neighbours.push('harbor');
      s.roles[0].assets[0].location = 'hils';
      s.objectives[0].metric.indicator = 'securty';
      s.injects[0].trigger.turn = 12;
    });
    expect(errors(result).map((p) => p.path)).toEqual(
      expect.arrayContaining([
        '$.districts[0].neighbours[2]',
        '$.roles[0].assets[0].location',
        '$.objectives[0].metric.indicator',
        '$.injects[0].trigger.turn',
      ]),
    );
  });

  it('still checks meaning when the shape is wrong elsewhere', () => {
    const result = validateChanged((s) => {
      s.turns = 'six';
      s.districts[0].neighbours.push('harbor');
    });
    const paths = errors(result).map((p) => p.path);
    expect(paths).toContain('$.turns');
    expect(paths).toContain('$.districts[0].neighbours[2]');
  });
});

describe('warnings', () => {
  it('a district no asset can reach', () => {
    const result = validateChanged((s) => {
      s.districts[3].neighbours = [];
      s.districts[1].neighbours = ['harbour'];
      s.districts[2].neighbours = ['harbour'];
      s.roles[0].assets[0].location = 'market';
      s.map.width = 400;
    });
    expect(errors(result)).toEqual([]);
    expect(result.ok).toBe(true);
    const w = at(result.warnings, '$.districts[3]');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/no role's asset can reach district 'hills'/),
    });
  });

  it('an action in play that no role can take', () => {
    const result = validateChanged((s) => {
      for (const r of s.roles)
        r.capabilities = r.capabilities.filter((a: string) => a !== 'checkpoint');
    });
    expect(result.ok).toBe(true);
    expect(at(result.warnings, '$.actions[1]')[0]?.message).toMatch(
      /no role has 'checkpoint' among its capabilities/,
    );
  });

  it('a capability the role can never afford', () => {
    const result = validateChanged((s) => (s.actionOverrides.arrest = { cost: 4 }));
    expect(result.ok).toBe(true);
    const [w] = at(result.warnings, '$.roles[1].capabilities[2]');
    expect(w?.message).toMatch(
      /'arrest' costs 4 action points but role 'police' has only 3 a turn/,
    );
  });

  it('an inject effect that needs a district when the inject has none', () => {
    const result = validateChanged((s) => delete s.injects[0].district);
    expect(result.ok).toBe(true);
    const [w] = at(result.warnings, '$.injects[0].effects[0]');
    expect(w?.message).toMatch(/the inject has none, so it does nothing/);
    const fine = validateChanged((s) => {
      delete s.injects[0].district;
      s.injects[0].effects[0].district = 'market';
    });
    expect(fine.warnings).toEqual([]);
  });

  it('an expensive joint action a role can still join as a partner is not flagged', () => {
    const result = validateChanged((s) => (s.roles[2].actionPoints = 1));
    // crowd_control costs 2 to lead but 1 to join.
    expect(result.warnings.filter((w) => w.message.includes('crowd_control'))).toEqual([]);
  });
});
