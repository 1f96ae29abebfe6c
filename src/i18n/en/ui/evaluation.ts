/** Interface strings: evaluation (English, the reference every language follows). */
export const evaluation = {};
