import type { Translation } from '../../catalogue';
import type { map as en } from '../../en/ui/map';

export const map: Translation<typeof en> = {};
