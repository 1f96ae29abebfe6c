import type { MessageCatalogue, Translation, Vocabulary } from '../catalogue';
import type { ui as enUi } from '../en/ui';
import { messages } from './messages';
import { ui } from './ui';
import { vocab } from './vocab';

export const es: { vocab: Vocabulary; messages: MessageCatalogue; ui: Translation<typeof enUi> } = {
  vocab,
  messages,
  ui,
};
