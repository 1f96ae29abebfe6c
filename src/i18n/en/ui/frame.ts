/** Interface strings: frame (English, the reference every language follows). */
export const frame = {};
