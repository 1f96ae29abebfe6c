/** Interface strings: debrief (English, the reference every language follows). */
export const debrief = {};
