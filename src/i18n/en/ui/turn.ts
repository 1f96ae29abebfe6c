/** Interface strings: turn (English, the reference every language follows). */
export const turn = {};
