import type { Translation } from '../../catalogue';
import type { planning as en } from '../../en/ui/planning';

export const planning: Translation<typeof en> = {};
