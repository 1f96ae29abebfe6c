/** Interface strings: facilitator (English, the reference every language follows). */
export const facilitator = {};
