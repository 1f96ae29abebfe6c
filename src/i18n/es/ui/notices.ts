import type { Translation } from '../../catalogue';
import type { notices as en } from '../../en/ui/notices';

export const notices: Translation<typeof en> = {};
