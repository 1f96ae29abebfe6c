import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules, gameSeed, playGame, POLICY_IDS } from '../../src/engine';
import { reach } from '../../src/scenario/reach';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/format';
import { at, errors, fixture, validateChanged, type Json } from './helpers';

interface Case {
  name: string;
  change: (s: Json) => void;
  path: string;
  message: RegExp;
  suggestion?: RegExp;
}

// Fixture layout: districts harbour, old-town, market, hills; roles military, police, civilian;
// objectives secure-town (average security >= 55), no-flashpoint (max tension <= 70).
const cases: Case[] = [
  {
    name: 'an indicator objective above 100',
    change: (s) => (s.objectives[0].value = 120),
    path: '$.objectives[0].value',
    message:
      /^this objective can never be met: the average security stays within 0–100, and this asks for at least 120$/,
    suggestion: /use a value from 0 to 100/,
  },
  {
    name: 'a counter objective below 0',
    change: (s) => (s.roles[0].privateObjective.value = -1),
    path: '$.roles[0].privateObjective.value',
    message:
      /^the private objective of 'military' can never be met: the civilianHarm never falls below 0, and this asks for at most -1$/,
  },
  {
    name: 'a pair trust objective above 100',
    change: (s) => (s.roles[1].privateObjective.value = 101),
    path: '$.roles[1].privateObjective.value',
    message: /can never be met: the trust between police and military stays within 0–100/,
  },
  {
    name: 'an objective met whatever happens',
    change: (s) => (s.objectives[1].value = 100),
    path: '$.objectives[1].value',
    message:
      /^the objective is met whatever the teams do, so its points come for free: the highest tension in any district stays within 0–100$/,
  },
  {
    name: 'a counter no action in play can raise',
    change: (s) => {
      s.actions = s.actions.filter((a: string) => a !== 'arrest' && a !== 'joint_raid');
      for (const r of s.roles)
        r.capabilities = r.capabilities.filter((a: string) => a !== 'arrest' && a !== 'joint_raid');
      for (const r of s.roles)
        r.constraints = r.constraints.filter((c: Json) => c.type !== 'requiresKnownFact');
      s.objectives.push({
        id: 'arrests',
        description: 'Two arrests.',
        metric: { kind: 'counter', counter: 'arrests' },
        comparison: 'atLeast',
        value: 2,
        weight: 1,
      });
    },
    path: '$.objectives[2].value',
    message:
      /can never be met: nothing in this scenario can raise the counter 'arrests' above 0, and this asks for at least 2/,
  },
  {
    name: 'a scenario counter that is only ever lowered',
    change: (s) => {
      s.events.cards[0].effects.push({ type: 'counter', counter: 'rumours', delta: -1 });
      s.injects[1].trigger.condition = {
        metric: { kind: 'counter', counter: 'rumours' },
        comparison: 'atLeast',
        value: 1,
      };
    },
    path: '$.injects[1].trigger.condition.value',
    message:
      /^this inject can never fire: nothing in this scenario can raise the counter 'rumours' above 0/,
  },
  {
    name: 'an inject condition beyond 100',
    change: (s) => (s.injects[1].trigger.condition.value = 101),
    path: '$.injects[1].trigger.condition.value',
    message:
      /^this inject can never fire: the highest tension in market stays within 0–100, and this asks for at least 101$/,
  },
  {
    name: 'an inject condition that always holds',
    change: (s) =>
      (s.injects[1].trigger.condition = {
        metric: { kind: 'max', indicator: 'tension' },
        comparison: 'atMost',
        value: 100,
      }),
    path: '$.injects[1].trigger.condition.value',
    message:
      /^this condition holds from the start, so the inject fires at the briefing of turn 2 whatever the teams do/,
    suggestion: /write \{"turn": 2\} as its trigger/,
  },
  {
    name: 'an end condition that always holds',
    change: (s) => (s.endConditions[0].value = 0),
    path: '$.endConditions[0].value',
    message: /^this condition holds from the start, so the game ends after turn 1/,
  },
  {
    name: 'an objective too far to reach in the turns given',
    change: (s) => {
      s.turns = 2;
      s.injects[1].trigger.from = 2;
      s.objectives[0].value = 100;
    },
    path: '$.objectives[0].value',
    // Security starts at 50, 45, 50, 30: 175 of the 398 the average needs (100 in all four,
    // rounded). A joint patrol gives at most 8 + 3 and costs the lead and its partner a point each.
    message:
      /^this objective can never be met in 2 turns: the average must rise from 44 to 100 over 4 districts, 223 points in all, but the most play could raise it is 66: actions 2 × 33 \(military: 3 AP × 5\.5, joint_patrol giving 11 for 2 AP with its partner; police: 3 AP × 5\.5, joint_patrol giving 11 for 2 AP with its partner\), drift 2 × 0, events 2 × 0, injects 0/,
    suggestion: /lower the value, add turns or action points/,
  },
  {
    name: 'a private objective too far to reach',
    change: (s) => {
      s.turns = 1;
      s.injects[1].trigger.from = 1;
      s.injects[0].trigger.turn = 1;
      s.roles[2].privateObjective.value = 10;
    },
    path: '$.roles[2].privateObjective.value',
    message:
      /^the private objective of 'civilian' can never be met in 1 turn: the average must fall from 43 to 10 over 4 districts, 129 points in all, but the most play could lower it is 39: actions 1 × 34 \(military: 3 AP × 6, escorted_aid giving 12 for 2 AP with its partner; civilian: 2 AP × 8, aid_delivery giving 8 for 1 AP\), drift 1 × 0, events 1 × 5/,
  },
  {
    name: 'every district must reach a value',
    change: (s) => {
      s.turns = 1;
      s.injects[1].trigger.from = 1;
      s.injects[0].trigger.turn = 1;
      s.objectives[0].metric = { kind: 'min', indicator: 'trust' };
      s.objectives[0].value = 90;
    },
    path: '$.objectives[0].value',
    message:
      /in 1 turn: every district must rise to 90, 180 points in all, but the most play could raise it is/,
  },
  {
    name: 'a joint action with one capable role',
    change: (s) =>
      (s.roles[1].capabilities = s.roles[1].capabilities.filter((a: string) => a !== 'joint_raid')),
    path: '$.actions[14]',
    message:
      /^'joint_raid' is a joint action, but only role 'military' has it among its capabilities, so it never has a partner$/,
  },
  {
    name: 'a joint action nobody may lead',
    change: (s) => {
      s.roles[1].constraints.push({ type: 'cannotLead', actions: ['crowd_control'], reason: 'x' });
      s.roles[2].constraints.push({ type: 'cannotLead', actions: ['crowd_control'], reason: 'x' });
    },
    path: '$.actions[13]',
    message:
      /every role that has 'crowd_control' may not lead it \(cannotLead\), so nobody can propose it/,
  },
  {
    name: 'an action that needs a fact about a district when no fact names one',
    change: (s) => {
      for (const f of s.intelligence) delete f.district;
    },
    path: '$.roles[0].constraints[2]',
    message:
      /role 'military' can never take 'joint_raid': they need a known fact about the district, and no fact in \$\.intelligence names a district/,
  },
];

describe('warnings about what cannot happen in play', () => {
  it.each(cases)('$name', ({ change, path, message, suggestion }) => {
    const result = validateChanged(change);
    expect(errors(result)).toEqual([]);
    const found = at(result.warnings, path).filter((w) => message.test(w.message));
    expect(found, JSON.stringify(result.warnings, null, 1)).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    if (suggestion) expect(found[0]!.suggestion).toMatch(suggestion);
  });

  it('says nothing about a target the bound allows', () => {
    // 100 in every district is far, but 30 turns of patrols could get there.
    const result = validateChanged((s) => {
      s.turns = 30;
      s.objectives[0].value = 100;
    });
    expect(result.warnings).toEqual([]);
  });

  it('leaves out actions a role may not take anywhere the metric looks (notInDistricts)', () => {
    // Need in the hills starts at 45. In one turn: military escorts (12 for 2 AP) 3 × 6 = 18,
    // civilians barred from aid delivery there escort too, 2 × 6 = 12, and an aid convoy card 5.
    const hills = (s: Json) => {
      s.turns = 1;
      s.injects[1].trigger.from = 1;
      s.injects[0].trigger.turn = 1;
      s.roles[2].privateObjective.metric = {
        kind: 'average',
        indicator: 'need',
        districts: ['hills'],
      };
      s.roles[2].privateObjective.value = 8;
    };
    const barred = validateChanged(hills);
    expect(at(barred.warnings, '$.roles[2].privateObjective.value')[0]?.message).toMatch(
      /37 points in all, but the most play could lower it is 35/,
    );
    // Allowed there, aid delivery (8 for 1 AP) would make 39, enough for 37.
    const allowed = validateChanged((s) => {
      hills(s);
      s.roles[2].constraints = [];
    });
    expect(at(allowed.warnings, '$.roles[2].privateObjective.value')).toEqual([]);
  });

  it('says nothing when the scenario has errors (the bounds would only add noise)', () => {
    const result = validateChanged((s) => {
      s.objectives[0].value = 120;
      s.districts[0].neighbours.push('nowhere');
    });
    expect(at(result.warnings, '$.objectives[0].value')).toEqual([]);
  });
});

/** Sum of an indicator over all districts. */
function total(values: number[][], index: number): number {
  return values.reduce((a, d) => a + (d[index] ?? 0), 0);
}

describe('the reach bound holds in play', () => {
  const scenarios: [string, Scenario][] = [
    ['the fixture', fixture() as Scenario],
    [
      'the default scenario',
      JSON.parse(
        readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
      ) as Scenario,
    ],
  ];
  it.each(scenarios)(
    '%s: no game moves an indicator further than reach() allows',
    (_name, scenario) => {
      expect(validateScenario(scenario).ok).toBe(true);
      const rules = compileRules(scenario);
      const ids = scenario.districts.map((d) => d.id);
      const games = POLICY_IDS.flatMap((policy) =>
        Array.from({ length: 8 }, (_, i) => playGame(rules, gameSeed('reach', i), policy).state),
      );
      for (const indicator of rules.indicators) {
        const index = rules.indicatorIndex.get(indicator.id)!;
        const start = total(
          scenario.districts.map((d) => rules.indicators.map((i) => d.indicators[i.id] ?? 0)),
          index,
        );
        const sums = games.flatMap((g) => g.history.map((turn) => total(turn.districts, index)));
        const rise = Math.max(0, ...sums.map((now) => now - start));
        const fall = Math.max(0, ...sums.map((now) => start - now));
        expect(rise, `${indicator.id} rose by ${rise}`).toBeLessThanOrEqual(
          reach(rules, indicator.id, 1, ids, scenario.turns).total,
        );
        expect(fall, `${indicator.id} fell by ${fall}`).toBeLessThanOrEqual(
          reach(rules, indicator.id, -1, ids, scenario.turns).total,
        );
      }
    },
  );
});
