import { messages } from './messages';
import { ui } from './ui';
import { vocab } from './vocab';

export const en = { vocab, messages, ui };
