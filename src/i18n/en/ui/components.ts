/** Interface strings: components (English, the reference every language follows). */
export const components = {};
