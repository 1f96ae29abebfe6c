/** Interface strings: app (English, the reference every language follows). */
export const app = {};
