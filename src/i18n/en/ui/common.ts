/** Interface strings: common (English, the reference every language follows). */
export const common = {};
