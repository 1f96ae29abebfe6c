/**
 * The replay stepper and the what-if branch. The branch lives in this view only (`ctx.local`); the
 * real game is untouched. Everything it says comes from `ctx.L` (the `replay` catalogue; both
 * games' debriefs are built in the window's language).
 */
import type { Game, WhatIfSetup } from '../../../store';
import type { Branch } from '../../../store/whatif';
import type { ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { branchKey } from '../../model/history';
import { gameFrame } from '../frame';
import { stepperScreen } from './stepper';
import { whatIfResults } from './whatIfResults';
import { whatIfSetup } from './whatIfSetup';

function whatIfScreen(ctx: ScreenContext, g: Game, w: WhatIfSetup): View {
  const t = ctx.L.ui.replay;
  const stored = ctx.local.branch;
  const branch = stored && stored.key === branchKey(g, w) ? (stored.value as Branch) : null;
  const results = branch
    ? whatIfResults(ctx, g, w, branch)
    : h(
        'section',
        { class: 'col whatif-results empty', 'aria-label': t.outcomes },
        h(
          'div',
          { class: 'col-scroll' },
          h('h2', null, t.sideBySide),
          h('p', { class: 'lede' }, stored ? t.choicesChanged : t.chooseFirst),
        ),
      );
  return gameFrame(
    ctx,
    h('main', { class: 'whatif-grid', id: 'main' }, whatIfSetup(ctx, g, w), results),
  );
}

export function replayScreen(ctx: ScreenContext): View {
  const g = ctx.s.game!;
  const w = ctx.s.whatIf;
  return w ? whatIfScreen(ctx, g, w) : stepperScreen(ctx, g);
}
