/**
 * Plays as a well-trained team would: answers incidents with the joint action the situation
 * calls for, invites the right partners, accepts what it is offered, and shares the facts
 * that matter to others before acting alone.
 */
import type { RoleDef } from '../../format';
import type { Command, DistrictId, Posture } from '../types';
import type { RoleView } from '../view';
import { bestDistrict, moveCandidates, soloOrders, value } from './heuristics';
import type { Policy } from './policy';

function mayLead(card: RoleDef, action: string): boolean {
  return (
    card.capabilities.includes(action) &&
    !card.constraints.some((c) => c.type === 'cannotLead' && c.actions.includes(action))
  );
}

function partnersFor(view: RoleView, action: string, kinds: string[]): string[] {
  return view.rules.scenario.roles
    .filter((r) => r.id !== view.me.id && r.capabilities.includes(action) && kinds.includes(r.kind))
    .map((r) => r.id);
}

function propose(
  view: RoleView,
  action: string,
  district: DistrictId,
  partners: string[],
  posture?: Posture,
): Command {
  return {
    type: 'propose',
    role: view.me.id,
    action,
    district,
    partners,
    ...(posture ? { posture } : {}),
  };
}

/** The joint actions worth proposing, most pressing first: made as they are asked for, as the
 * points usually run out after the first few. */
function* proposals(view: RoleView): Generator<Command> {
  const card = view.card;
  const other = (k: string) =>
    view.rules.scenario.roles.some((r) => r.kind === k && r.id !== view.me.id);
  for (const incident of view.openIncidents) {
    const d = incident.district;
    if (incident.def.respondWith.includes('crowd_control') && mayLead(card, 'crowd_control')) {
      const partners = partnersFor(view, 'crowd_control', ['civilian', 'military']);
      const mediators = partners.some((p) => view.rules.role(p).kind === 'civilian');
      yield propose(
        view,
        'crowd_control',
        d,
        partners,
        mediators && value(view, d, 'tension') < 80 ? 'negotiate' : 'contain',
      );
    }
    if (incident.def.respondWith.includes('joint_raid') && mayLead(card, 'joint_raid')) {
      yield propose(view, 'joint_raid', d, partnersFor(view, 'joint_raid', ['military']));
    }
    if (incident.def.respondWith.includes('escorted_aid') && mayLead(card, 'escorted_aid')) {
      yield propose(
        view,
        'escorted_aid',
        d,
        partnersFor(view, 'escorted_aid', ['military', 'police']).slice(0, 1),
      );
    }
    if (incident.def.respondWith.includes('joint_patrol') && mayLead(card, 'joint_patrol')) {
      yield propose(
        view,
        'joint_patrol',
        d,
        partnersFor(view, 'joint_patrol', ['military', 'police']).slice(0, 1),
      );
    }
  }
  if (mayLead(card, 'joint_raid')) {
    // A target already raided successfully is not raided again on the same intelligence.
    const raided = new Set(
      view
        .entries('joint')
        .filter((e) => e.action === 'joint_raid' && e.roll?.success)
        .map((e) => e.district),
    );
    for (const f of view.facts) {
      if (
        f.district &&
        f.helps.includes('joint_raid') &&
        !view.compromised.includes(f.id) &&
        !raided.has(f.district)
      ) {
        yield propose(
          view,
          'joint_raid',
          f.district,
          partnersFor(view, 'joint_raid', ['military']),
        );
      }
    }
  }
  if (mayLead(card, 'joint_patrol') && (other('military') || other('police'))) {
    const best = bestDistrict(
      view,
      view.rules.action('joint_patrol'),
      view.rules.scenario.districts,
    );
    const partner = partnersFor(
      view,
      'joint_patrol',
      card.kind === 'police' ? ['military'] : ['police'],
    ).slice(0, 1);
    if (best && partner.length) yield propose(view, 'joint_patrol', best.id, partner);
  }
  if (mayLead(card, 'escorted_aid')) {
    const best = bestDistrict(
      view,
      view.rules.action('escorted_aid'),
      view.rules.scenario.districts.filter((d) => value(view, d.id, 'security') < 50),
    );
    const partner = partnersFor(view, 'escorted_aid', ['military', 'police']).slice(0, 1);
    if (best && partner.length) yield propose(view, 'escorted_aid', best.id, partner);
  }
}

/** Up to `limit` facts another role would use, that it is not known to hold. Most urgent first. */
function shares(view: RoleView, limit: number): Command[] {
  const out: Command[] = [];
  if (limit <= 0) return out;
  // A fact is known to hold by a role once it passed between us, either way.
  let passed: Set<string> | undefined;
  const known = (fact: string, role: string) => {
    if (!passed) {
      passed = new Set();
      for (const e of view.entries('share')) {
        if (!e.action) continue;
        for (const x of e.effects)
          if (x.kind === 'fact') for (const r of e.roles) passed.add(`${x.fact}>${r}`);
      }
    }
    return passed.has(`${fact}>${role}`);
  };
  const urgent = new Set(view.openIncidents.map((i) => i.def.relatedFact).filter(Boolean));
  const facts = [...view.facts].sort((a, b) => Number(urgent.has(b.id)) - Number(urgent.has(a.id)));
  for (const f of facts) {
    if (view.compromised.includes(f.id)) continue;
    for (const r of view.rules.scenario.roles) {
      if (r.id === view.me.id || known(f.id, r.id)) continue;
      if (!f.helps.some((a) => r.capabilities.includes(a))) continue;
      out.push({
        type: 'order',
        role: view.me.id,
        action: 'share_intel',
        district: f.district ?? view.rules.scenario.districts[0]!.id,
        fact: f.id,
        to: r.id,
      });
      if (out.length === limit) return out;
    }
  }
  return out;
}

export const cooperative: Policy = {
  id: 'cooperative',
  plan(view, step) {
    if (step === 'propose') {
      // Keep a point for acting alone and for answering partners.
      let budget = view.me.apLeft - 1;
      const cheapest = Math.min(...view.rules.actions.map((a) => a.cost));
      const out: Command[] = [];
      const seen = new Set<string>();
      for (const p of proposals(view)) {
        // Nothing further can fit: stop before working out the rest.
        if (budget < cheapest) break;
        if (p.type !== 'propose') continue;
        const cost = view.rules.action(p.action).cost;
        const key = `${p.action}@${p.district}`;
        if (cost > budget || seen.has(key)) continue;
        seen.add(key);
        budget -= cost;
        out.push(p);
      }
      return out;
    }
    if (step === 'respond') {
      let left = view.me.apLeft;
      return view.proposalsToMe
        .filter((p) => p.responses[p.partners.indexOf(view.me.id)] === 'pending')
        .map((p) => {
          const cost = view.rules.action(p.action).partnerCost ?? 1;
          const accept = cost <= left;
          if (accept) left -= cost;
          return { type: 'respond', role: view.me.id, proposal: p.id, accept } as Command;
        });
    }
    const sharing = shares(view, view.me.apLeft >= 3 ? 2 : view.me.apLeft >= 2 ? 1 : 0);
    const moves = moveCandidates(view).slice(0, 1);
    const spent = sharing.length + moves.length;
    return [...sharing, ...moves, ...soloOrders(view, view.me.apLeft - spent)];
  },
};
