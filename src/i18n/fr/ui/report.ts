import type { Translation } from '../../catalogue';
import type { report as en } from '../../en/ui/report';

export const report: Translation<typeof en> = {};
