import type { Translation } from '../../catalogue';
import type { start as en } from '../../en/ui/start';

export const start: Translation<typeof en> = {};
