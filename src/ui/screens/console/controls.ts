/**
 * Above the console's tabs: the turn and its status, the planning timer (UI state, not a command),
 * the facilitator PIN (one-screen play), pause and resume, rewind to the start of a turn (after
 * asking), the end of the exercise, and in the main window the way to a second window.
 */
import { notice, timerLeft, type Game } from '../../../store';
import { h, type View } from '../../dom';
import { countdown } from '../../components/countdown';
import type { ScreenContext } from '../../context';
import { choice, forget, formValue, numberInput } from '../../forms';
import { pinBox } from './pin';

function timerControls(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.facilitator;
  const timer = s.timer && s.timer.seconds > 0 ? s.timer : null;
  const running = !!timer && timer.endsAt !== null;
  const left = timer ? timerLeft(timer, Date.now()) : 0;
  return h(
    'form',
    {
      class: 'timer-box',
      'aria-label': t.timer,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const minutes = Number(formValue(ctx, 'timer-minutes', '10').replace(',', '.'));
        if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240) {
          session.notify(t.timerRange, 'error');
          return;
        }
        session.setTimer(Math.round(minutes * 60));
        session.startTimer();
      },
    },
    h('span', { class: 'timer-label' }, t.timer),
    timer
      ? countdown({
          L,
          timer,
          clockOnly: true,
          className: 'timer-readout',
          attrs: { 'data-testid': 'console-timer' },
        })
      : h('span', { class: 'timer-readout muted', 'data-testid': 'console-timer' }, '--:--'),
    h(
      'label',
      { class: 'field field-inline' },
      h('span', { class: 'sr-only' }, t.minutes),
      numberInput(
        ctx,
        'timer-minutes',
        { min: '1', max: '240', step: '1', class: 'minutes', 'data-testid': 'timer-minutes' },
        '10',
      ),
      h('span', { class: 'muted' }, t.min),
    ),
    h(
      'button',
      { type: 'submit', class: 'btn btn-small', id: 'timer-set', 'data-testid': 'timer-set' },
      t.timerStart,
    ),
    timer && running
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'timer-pause',
            'data-testid': 'timer-pause',
            onclick: () => session.pauseTimer(),
          },
          t.timerHold,
        )
      : null,
    timer && !running && left > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'timer-resume',
            onclick: () => session.startTimer(),
          },
          t.timerGoOn,
        )
      : null,
    timer
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small btn-quiet',
            id: 'timer-clear',
            onclick: () => session.clearTimer(),
          },
          t.timerClear,
        )
      : null,
  );
}

export function controls(ctx: ScreenContext, g: Game): View {
  const { session, s, L } = ctx;
  const t = L.ui.facilitator;
  const st = g.state;
  const ended = st.status === 'ended';
  const committed = st.roles.filter((r) => r.committed).length;
  const status = ended
    ? t.statusEnded
    : st.paused
      ? t.statusPaused
      : t.statusPlanning(committed, st.roles.length);
  const turns = Array.from({ length: st.turn }, (_, i) => i + 1);
  const evaluator = s.net?.seat?.kind === 'evaluator';
  const rewind = async (): Promise<void> => {
    const turn = Number(formValue(ctx, 'rewind-turn', String(Math.max(1, st.turn - 1))));
    const after = g.commands.length;
    const ok = await ctx.confirm(
      t.rewindTitle(turn),
      t.rewindText(turn, after),
      t.rewindConfirm(turn),
    );
    if (!ok) return;
    const p = session.dispatch({ type: 'rewind', turn });
    if (p) session.notify(p, 'error');
    else {
      forget(ctx, 'rewind-turn');
      session.notify(notice('rewound', turn));
    }
  };
  return h(
    'div',
    { class: 'console-controls' },
    h(
      'div',
      { class: 'console-title' },
      h('p', { class: 'eyebrow' }, L.ui.common.turnOf(st.turn, g.rules.scenario.turns)),
      h(
        'h1',
        { id: 'screen-title', tabindex: '-1' },
        evaluator ? L.ui.net.seat.evaluator : t.title,
      ),
      h(
        'p',
        { class: `console-status${st.paused ? ' paused' : ''}`, 'data-testid': 'console-status' },
        status,
      ),
    ),
    // An evaluator watches and rates: the exercise is the facilitator's to run. Once it has
    // ended there is no planning left to time.
    evaluator || ended ? null : timerControls(ctx),
    // Networked play has no PIN: its facilitator holds a secret link.
    s.net ? null : pinBox(ctx),
    evaluator
      ? null
      : h(
          'div',
          { class: 'console-buttons', role: 'group', 'aria-label': t.runLabel },
          ended
            ? null
            : st.paused
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-on',
                    id: 'console-resume',
                    'data-testid': 'console-resume',
                    onclick: () => session.dispatch({ type: 'resume' }),
                  },
                  t.resume,
                )
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn',
                    id: 'console-pause',
                    'data-testid': 'console-pause',
                    onclick: () => session.dispatch({ type: 'pause' }),
                  },
                  t.pause,
                ),
          h(
            'div',
            { class: 'rewind' },
            h('label', { class: 'sr-only', for: 'rewind-turn' }, t.rewindTurnLabel),
            choice(
              ctx,
              'rewind-turn',
              turns.map((n): [string, string] => [String(n), t.startOfTurn(n)]),
              { 'data-testid': 'rewind-turn' },
              String(Math.max(1, st.turn - 1)),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'btn',
                id: 'rewind',
                'data-testid': 'rewind',
                onclick: () => void rewind(),
              },
              t.rewind,
            ),
          ),
          ended
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-danger',
                  id: 'console-end',
                  'data-testid': 'console-end',
                  onclick: () => ctx.openEndDialog(),
                },
                t.end,
              ),
          s.mode === 'main' && !s.net
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'open-console-window',
                  'data-testid': 'open-console-window',
                  title: t.secondWindowTitle,
                  onclick: () => {
                    const w = window.open(
                      '?view=console',
                      'mandate-console',
                      'popup,width=1366,height=860',
                    );
                    if (w) session.closeConsole();
                    else session.notify(t.popupBlocked, 'error');
                  },
                },
                t.secondWindow,
              )
            : null,
          s.mode === 'main' && !s.net
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-quiet',
                  id: 'console-back',
                  'data-testid': 'console-back',
                  onclick: () => session.closeConsole(),
                },
                t.back,
              )
            : null,
        ),
  );
}
