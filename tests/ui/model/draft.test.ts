import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/engine';
import { EMPTY_DRAFT } from '../../../src/store';
import {
  actionDescription,
  actionUnavailable,
  districtProblems,
  districtsByReason,
  draftCommand,
  draftVerb,
} from '../../../src/ui/model/draft';
import { en, rules } from './helpers';

const action = (id: string) => rules.actionById.get(id)!;

describe('a draft and the command it describes', () => {
  it('says what is still missing, in the order the builder asks for it', () => {
    const m = en.ui.planning.missing;
    expect(draftCommand(en, rules, 'police', EMPTY_DRAFT).missing).toBe(m.action);
    const patrol = { ...EMPTY_DRAFT, action: 'patrol' };
    expect(draftCommand(en, rules, 'police', patrol).missing).toBe(m.district);
    const cc = { ...EMPTY_DRAFT, action: 'crowd_control', district: 'dunmere' };
    expect(draftCommand(en, rules, 'police', cc).missing).toBe(m.posture);
    const share = { ...EMPTY_DRAFT, action: 'share_intel' };
    expect(draftCommand(en, rules, 'police', share).missing).toBe(m.fact);
    expect(draftCommand(en, rules, 'police', { ...share, fact: 'mineral_route' }).missing).toBe(
      m.recipient,
    );
    const move = { ...EMPTY_DRAFT, action: 'move_asset' };
    expect(draftCommand(en, rules, 'police', move).missing).toBe(m.unit);
    expect(draftCommand(en, rules, 'police', { ...move, asset: 'x' }).missing).toBe(m.destination);
  });

  it('builds an order, a proposal with its partners and posture, and a share in the fact\u2019s district', () => {
    expect(
      draftCommand(en, rules, 'police', { ...EMPTY_DRAFT, action: 'patrol', district: 'aldera' }),
    ).toEqual({
      cmd: { type: 'order', role: 'police', action: 'patrol', district: 'aldera' },
      missing: null,
    });
    expect(
      draftCommand(en, rules, 'police', {
        ...EMPTY_DRAFT,
        action: 'crowd_control',
        district: 'dunmere',
        partners: ['military'],
        posture: 'contain',
      }).cmd,
    ).toEqual({
      type: 'propose',
      role: 'police',
      action: 'crowd_control',
      district: 'dunmere',
      partners: ['military'],
      posture: 'contain',
    });
    // A posture left over from another action is not sent with a joint patrol.
    expect(
      draftCommand(en, rules, 'police', {
        ...EMPTY_DRAFT,
        action: 'joint_patrol',
        district: 'aldera',
        posture: 'contain',
      }).cmd,
    ).not.toHaveProperty('posture');
    expect(
      draftCommand(en, rules, 'police', {
        ...EMPTY_DRAFT,
        action: 'share_intel',
        fact: 'mineral_route',
        to: 'military',
      }).cmd,
    ).toMatchObject({ district: 'kesh_highlands', fact: 'mineral_route', to: 'military' });
  });

  it('closes joint actions in round 2 and actions the role cannot pay for', () => {
    const s = newGame(rules, 'draft');
    expect(actionUnavailable(en, rules, s, 'police', action('joint_patrol'), 2)).toBe(
      en.ui.planning.jointInRound1,
    );
    expect(actionUnavailable(en, rules, s, 'police', action('patrol'), 1)).toBeNull();
    const broke = {
      ...s,
      roles: s.roles.map((r) => (r.id === 'police' ? { ...r, apLeft: 0 } : r)),
    };
    expect(actionUnavailable(en, rules, broke, 'police', action('patrol'), 1)).toBe(
      en.ui.planning.needsAp(action('patrol').cost, 0),
    );
  });

  it('groups the closed districts by their reason', () => {
    const s = newGame(rules, 'districts');
    const problems = districtProblems(en, rules, s, 'police', 'patrol');
    expect(problems.map(([id]) => id)).toEqual(rules.scenario.districts.map((d) => d.id));
    expect(
      districtsByReason(en, rules, [
        ['aldera', 'far'],
        ['dunmere', 'far'],
        ['sel_delta', null],
        ['port_lissa', 'hot'],
      ]),
    ).toEqual([
      ['far', ['Aldera', 'Dunmere']],
      ['hot', ['Port Lissa']],
    ]);
  });

  it('words the submit button for the shape of the action, and describes it in the window\u2019s language', () => {
    const v = en.ui.planning.verbs;
    expect(draftVerb(en, undefined)).toBe(v.order);
    expect(draftVerb(en, action('patrol'))).toBe(v.order);
    expect(draftVerb(en, action('joint_patrol'))).toBe(v.propose);
    expect(draftVerb(en, action('share_intel'))).toBe(v.share);
    expect(draftVerb(en, action('move_asset'))).toBe(v.move);
    expect(actionDescription(en, action('patrol'))).toBe(en.vocab.actions.patrol.description);
    expect(
      actionDescription(en, { ...action('patrol'), id: 'own_action', description: 'Own.' }),
    ).toBe('Own.');
  });
});
