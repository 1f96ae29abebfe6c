import type { Translation } from '../../catalogue';
import type { setup as en } from '../../en/ui/setup';

export const setup: Translation<typeof en> = {};
