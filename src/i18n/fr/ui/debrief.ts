import type { Translation } from '../../catalogue';
import type { debrief as en } from '../../en/ui/debrief';

export const debrief: Translation<typeof en> = {};
