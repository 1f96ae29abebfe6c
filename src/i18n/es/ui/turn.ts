import type { Translation } from '../../catalogue';
import type { turn as en } from '../../en/ui/turn';

export const turn: Translation<typeof en> = {};
