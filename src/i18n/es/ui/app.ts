import type { Translation } from '../../catalogue';
import type { app as en } from '../../en/ui/app';

export const app: Translation<typeof en> = {};
