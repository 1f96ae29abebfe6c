/** Interface strings: effects (English, the reference every language follows). */
export const effects = {};
