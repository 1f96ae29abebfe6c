import type { Translation } from '../../catalogue';
import type { evaluation as en } from '../../en/ui/evaluation';

export const evaluation: Translation<typeof en> = {};
