/** Interface strings: setup (English, the reference every language follows). */
export const setup = {};
