/** The default scenario, its English words, and games of it as the store holds them. */
import { makeLang, type Lang } from '../../../src/i18n';
import { makeGame, type Game } from '../../../src/store';
import { playGame, replay, type Command, type Rules } from '../../../src/engine';
import { defaultRules } from '../../engine/helpers';

export const rules: Rules = defaultRules();
export const en: Lang = makeLang('en', rules.scenario);

/** A game of the default scenario after `commands`. */
export function gameAfter(seed: string, commands: Command[]): Game {
  return makeGame({
    rules,
    seed,
    commands,
    state: replay(rules, seed, commands).state,
    seats: {},
    bundledFile: 'default.json',
    scenarioText: null,
  });
}

/** The cooperative policy's commands up to the start of `turn`. */
export function recorded(seed: string, turn: number): Command[] {
  const { commands } = playGame(rules, seed, 'cooperative');
  return commands.slice(0, replay(rules, seed, commands).turnStarts[turn]);
}
