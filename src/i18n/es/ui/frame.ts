import type { Translation } from '../../catalogue';
import type { frame as en } from '../../en/ui/frame';

export const frame: Translation<typeof en> = {};
