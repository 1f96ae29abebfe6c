/**
 * French words that change with what follows them, shared by the engine's messages and the
 * interface strings: "de" before a name or a lower-cased label.
 */

/**
 * "de" before a word: elided before a vowel ("d’Aldera", "d’incidents résolus"), and joined
 * with the article a place name begins with ("Le Havre" → "du Havre", "Les Ulis" → "des Ulis").
 */
export function de(s: string): string {
  if (/^[aeiouyàâäéèêëîïôöûùüœæ]/i.test(s)) return `d\u2019${s}`;
  const article = /^(le|les)\s+(.*)$/iu.exec(s);
  if (article) return `${article[1]!.toLowerCase() === 'le' ? 'du' : 'des'} ${article[2]}`;
  return `de ${s}`;
}
