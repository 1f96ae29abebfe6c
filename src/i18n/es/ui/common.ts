import type { Translation } from '../../catalogue';
import type { common as en } from '../../en/ui/common';

export const common: Translation<typeof en> = {};
