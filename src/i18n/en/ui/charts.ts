/** Interface strings: charts (English, the reference every language follows). */
export const charts = {};
