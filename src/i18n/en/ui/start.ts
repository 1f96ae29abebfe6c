/** Interface strings: start (English, the reference every language follows). */
export const start = {};
