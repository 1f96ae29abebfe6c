/** npm run replay -- SAVE.json [--turn N] [--scenario FILE]: the state hash after the last (or Nth)
 * turn. */
import { replay, ReplayError, stateHash } from '../engine';
import { makeLang } from '../i18n';
import { DEFAULT_SCENARIO, intFlag, loadRules, parseArgs, run, UsageError } from './common';
import { parseSave } from '../engine/save';
import { MAX_SAVE_BYTES } from '../engine/savedGame';
import { describeReadError, readText } from '../scenario/nodeFiles';

const USAGE = 'usage: npm run replay -- SAVE.json [--turn N] [--scenario FILE]';

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['turn', 'scenario'], []);
  const file = args.positional[0];
  if (!file) throw new UsageError('name a save file');
  let text: string;
  try {
    text = await readText(file, MAX_SAVE_BYTES, 'save');
  } catch (e) {
    throw new Error(`${file}: $: ${describeReadError(e, 'save')}`, { cause: e });
  }
  const parsed = parseSave(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.path}: ${parsed.message}`);
  const rules = await loadRules(String(args.flags.get('scenario') ?? DEFAULT_SCENARIO));
  if (parsed.save.scenarioHash !== rules.scenarioHash) {
    throw new Error(
      `${file}: $.scenarioHash: the save was made with another version of the scenario (${parsed.save.scenarioHash}, this one is ${rules.scenarioHash}); name it with --scenario`,
    );
  }
  const turn = args.flags.has('turn') ? intFlag(args, 'turn', 1) : undefined;
  let state;
  try {
    ({ state } = replay(rules, parsed.save.seed, parsed.save.commands, turn));
  } catch (e) {
    // The engine gives the reason as a message: worded in English, as the tool speaks.
    if (e instanceof ReplayError)
      throw new Error(
        `${file}: ${e.path}: ${e.command} cannot be applied: ${makeLang('en', rules.scenario).msg(e.problem)}`,
        { cause: e },
      );
    throw e;
  }
  console.log(`turn ${state.turn} (${state.status}) state ${stateHash(state)}`);
});
