import type { Translation } from '../../catalogue';
import type { ui as en } from '../../en/ui';

import { common } from './common';
import { effects } from './effects';
import { start } from './start';
import { setup } from './setup';
import { frame } from './frame';
import { turn } from './turn';
import { planning } from './planning';
import { components } from './components';
import { map } from './map';
import { facilitator } from './facilitator';
import { evaluation } from './evaluation';
import { debrief } from './debrief';
import { replay } from './replay';
import { charts } from './charts';
import { report } from './report';
import { app } from './app';
import { notices } from './notices';
import { net } from './net';
import { outlook } from './outlook';

export const ui: Translation<typeof en> = {
  common,
  effects,
  start,
  setup,
  frame,
  turn,
  planning,
  components,
  map,
  facilitator,
  evaluation,
  debrief,
  replay,
  charts,
  report,
  app,
  notices,
  net,
  outlook,
};
