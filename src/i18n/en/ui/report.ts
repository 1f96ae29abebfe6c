/** Interface strings: report (English, the reference every language follows). */
export const report = {};
