import type { Translation } from '../../catalogue';
import type { facilitator as en } from '../../en/ui/facilitator';

export const facilitator: Translation<typeof en> = {};
