/** Interface strings: planning (English, the reference every language follows). */
export const planning = {};
