import type { Translation } from '../../catalogue';
import type { charts as en } from '../../en/ui/charts';

export const charts: Translation<typeof en> = {};
