/**
 * Phase "briefing", at the start of every turn: scheduled and triggered injects fire, then a
 * card may be drawn from the random event deck. Players see all of it before they plan.
 */
import type { InjectDef } from '../../format';
import type { Ctx } from '../context';
import { applyEffects } from '../effects';
import { addLog } from '../log';
import { compare, describeMetric, measure } from '../metrics';
import { msg, ref } from '../messages';
import { roll } from '../roll';
import type { Msg } from '../types';

export function fireInject(ctx: Ctx, inject: InjectDef, why: Msg): void {
  ctx.s.firedInjects.push(inject.id);
  const effects = applyEffects(
    ctx,
    inject.effects,
    inject.district,
    msg('fx.inject', { title: ref('injectTitle', inject.id) }),
  );
  addLog(ctx, {
    phase: 'briefing',
    kind: 'inject',
    inject: inject.id,
    title: msg('log.inject', {
      sender: ref('injectSender', inject.id),
      title: ref('injectTitle', inject.id),
    }),
    detail: msg('log.injectDetail', { text: ref('injectText', inject.id), why }),
    roles: inject.recipients === 'all' ? [] : inject.recipients,
    ...(inject.district ? { district: inject.district } : {}),
    visibleTo: inject.recipients,
    effects,
  });
}

function injectDue(ctx: Ctx, inject: InjectDef): Msg | null {
  if (ctx.s.firedInjects.includes(inject.id)) return null;
  const scheduled = ctx.s.scheduledInjects.find((x) => x.inject === inject.id);
  if (scheduled)
    return scheduled.turn === ctx.s.turn ? msg('why.scheduled', { turn: ctx.s.turn }) : null;
  const t = inject.trigger;
  if ('turn' in t) return t.turn === ctx.s.turn ? msg('why.scripted', { turn: t.turn }) : null;
  if (ctx.s.turn < (t.from ?? 1)) return null;
  const value = measure(ctx, t.condition.metric);
  return compare(value, t.condition.comparison, t.condition.value)
    ? msg('why.triggered', { metric: describeMetric(ctx.rules, t.condition.metric), value })
    : null;
}

function drawEvent(ctx: Ctx): void {
  const deck = ctx.rules.scenario.events;
  if (deck.cards.length === 0) return;
  const r = roll(ctx, deck.chancePerTurn, [], 0, 100, msg('means.cardDrawn'));
  if (!r.success) {
    addLog(ctx, {
      phase: 'briefing',
      kind: 'event',
      title: msg('log.quietStart'),
      roles: [],
      visibleTo: 'all',
      roll: r,
    });
    return;
  }
  if (ctx.s.deck.length === 0) ctx.s.deck = shuffledDeck(ctx);
  const cardId = ctx.s.deck.shift();
  const card = deck.cards.find((c) => c.id === cardId);
  if (!card) return;
  const places = card.districts ?? ctx.rules.scenario.districts.map((d) => d.id);
  const district = places[ctx.rng.below(places.length)];
  const effects = applyEffects(
    ctx,
    card.effects,
    district,
    msg('fx.event', { title: ref('eventTitle', card.id) }),
  );
  addLog(ctx, {
    phase: 'briefing',
    kind: 'event',
    title: district
      ? msg('log.event', { title: ref('eventTitle', card.id), district: ref('district', district) })
      : msg('text', { text: ref('eventTitle', card.id) }),
    detail: msg('text', { text: ref('eventText', card.id) }),
    roles: [],
    ...(district ? { district } : {}),
    visibleTo: 'all',
    roll: r,
    effects,
  });
}

/**
 * The deck holds `weight` copies of each card, shuffled by Fisher–Yates with the game's generator.
 */
export function shuffledDeck(ctx: Ctx): string[] {
  const cards = ctx.rules.scenario.events.cards.flatMap((c) =>
    Array.from({ length: c.weight }, () => c.id),
  );
  for (let i = cards.length - 1; i > 0; i--) {
    const j = ctx.rng.below(i + 1);
    [cards[i], cards[j]] = [cards[j]!, cards[i]!];
  }
  return cards;
}

export function briefing(ctx: Ctx): void {
  addLog(ctx, {
    phase: 'briefing',
    kind: 'briefing',
    title: msg('log.turnBegins', { turn: ctx.s.turn, turns: ctx.rules.scenario.turns }),
    roles: [],
    visibleTo: 'all',
  });
  for (const inject of ctx.rules.scenario.injects) {
    const why = injectDue(ctx, inject);
    if (why) fireInject(ctx, inject, why);
  }
  drawEvent(ctx);
}
