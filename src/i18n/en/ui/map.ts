/** Interface strings: map (English, the reference every language follows). */
export const map = {};
