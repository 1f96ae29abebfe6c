import type { Translation } from '../../catalogue';
import type { replay as en } from '../../en/ui/replay';

export const replay: Translation<typeof en> = {};
