/** Interface strings: replay (English, the reference every language follows). */
export const replay = {};
