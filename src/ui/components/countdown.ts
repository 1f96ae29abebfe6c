/**
 * The planning timer's readout. It counts down by re-rendering itself four times a second, so the
 * clock moves on every screen that shows it without the screen being rendered again.
 */
import { Component } from 'preact';
import type { Lang } from '../../i18n';
import { timerLeft, type Timer } from '../../store';
import { h, type Attrs, type View } from '../dom';
import { timerText } from '../model/timer';

interface CountdownProps {
  L: Lang;
  timer: Timer;
  /** The clock alone ("04:59"), where the place already says it is the planning time. */
  clockOnly: boolean;
  /** The readout's classes; `time-up` is added at zero. */
  className: string;
  attrs: Attrs;
}

class Countdown extends Component<CountdownProps> {
  private tick: ReturnType<typeof setInterval> | null = null;
  override componentDidMount(): void {
    this.tick = setInterval(() => {
      if (this.props.timer.endsAt !== null) this.forceUpdate();
    }, 250);
  }
  override componentWillUnmount(): void {
    if (this.tick !== null) clearInterval(this.tick);
  }
  override render(): View {
    const { L, timer, clockOnly, className, attrs } = this.props;
    const left = timerLeft(timer, Date.now());
    return h(
      'span',
      { ...attrs, class: `${className}${left <= 0 ? ' time-up' : ''}` },
      timerText(L, left, clockOnly),
    );
  }
}

export function countdown(props: CountdownProps): View {
  return h(Countdown, props);
}
