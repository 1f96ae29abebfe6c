/** Interface strings: notices (English, the reference every language follows). */
export const notices = {};
