import type { Translation } from '../../catalogue';
import type { effects as en } from '../../en/ui/effects';

export const effects: Translation<typeof en> = {};
