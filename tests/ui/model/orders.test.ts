import { describe, expect, it } from 'vitest';
import { commandLabel, orderLabel, proposalLabel, statusWord } from '../../../src/ui/model/orders';
import { en, rules } from './helpers';

describe('orders in words', () => {
  it('names a solo order, a share and a move', () => {
    expect(
      orderLabel(en, rules, { id: 1, role: 'police', action: 'patrol', district: 'aldera' }),
    ).toBe(en.ui.planning.orderLabel('Patrol', 'Aldera'));
    expect(
      orderLabel(en, rules, {
        id: 2,
        role: 'police',
        action: 'share_intel',
        district: 'kesh_highlands',
        fact: 'mineral_route',
        to: 'military',
      }),
    ).toMatch(/Night convoys from the Kesh mines/);
    const asset = rules.scenario.roles[0]!.assets[0]!;
    expect(
      orderLabel(en, rules, {
        id: 3,
        role: 'military',
        action: 'move_asset',
        district: 'dunmere',
        asset: asset.id,
      }),
    ).toBe(en.ui.planning.moveLabel(en.text(asset.name), 'Dunmere'));
  });

  it('adds the posture of a crowd control, and says who was invited', () => {
    const cc = { action: 'crowd_control', district: 'dunmere', posture: 'contain' as const };
    expect(proposalLabel(en, rules, cc)).toBe(
      `${en.ui.planning.orderLabel(en.word({ ref: 'action', id: 'crowd_control' }), 'Dunmere')}${en.ui.planning.withPosture(en.vocab.postures.contain.name)}`,
    );
    expect(
      commandLabel(en, rules, { type: 'propose', role: 'police', partners: ['military'], ...cc }),
    ).toBe(en.ui.replay.proposalWith(proposalLabel(en, rules, cc), 'MIL'));
    expect(commandLabel(en, rules, { type: 'propose', role: 'police', partners: [], ...cc })).toBe(
      en.ui.replay.proposalAlone(proposalLabel(en, rules, cc)),
    );
    expect(commandLabel(en, rules, { type: 'commit', role: 'police' })).toBe('commit');
  });

  it('marks a partner\u2019s answer so it never rests on colour', () => {
    expect(statusWord(en, 'accepted')).toMatch(/^\u2714 /);
    expect(statusWord(en, 'declined')).toMatch(/^\u2716 /);
    expect(statusWord(en, 'pending')).toMatch(/^\u2026 /);
  });
});
