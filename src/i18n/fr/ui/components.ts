import type { Translation } from '../../catalogue';
import type { components as en } from '../../en/ui/components';

export const components: Translation<typeof en> = {};
