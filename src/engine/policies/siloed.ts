/**
 * Plays as a component working in its own silo: never proposes to others or accepts their
 * proposals, never shares what it knows, and answers what it can alone.
 */
import type { Command } from '../types';
import { moveCandidates, soloOrders } from './heuristics';
import type { Policy } from './policy';

export const siloed: Policy = {
  id: 'siloed',
  plan(view, step) {
    if (step === 'propose') {
      const canLeadCrowds =
        view.card.capabilities.includes('crowd_control') &&
        !view.card.constraints.some(
          (c) => c.type === 'cannotLead' && c.actions.includes('crowd_control'),
        );
      if (!canLeadCrowds) return [];
      return view.openIncidents
        .filter((i) => i.def.respondWith.includes('crowd_control'))
        .slice(0, 1)
        .map((i): Command => ({
          type: 'propose',
          role: view.me.id,
          action: 'crowd_control',
          district: i.district,
          partners: [],
          posture: 'disperse',
        }));
    }
    if (step === 'respond') {
      return view.proposalsToMe.map((p): Command => ({
        type: 'respond',
        role: view.me.id,
        proposal: p.id,
        accept: false,
      }));
    }
    const moves = moveCandidates(view).slice(0, 1);
    return [...moves, ...soloOrders(view, view.me.apLeft - moves.length)];
  },
};
