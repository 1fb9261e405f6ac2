/**
 * Share of characters that no reader can use: private-use code points (a font's glyph ids
 * passed through without a Unicode map), U+FFFD, and control characters other than line breaks.
 *
 * @example
 * ```ts
 * unreadableShare("\uE001\uE002清河"); // => 0.5
 * unreadableShare("清河新区"); // => 0
 * ```
 */
export function unreadableShare(text: string): number {
  let bad = 0;
  let total = 0;
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    total++;
    if (/[\p{Co}\uFFFD]|[\p{Cc}]/u.test(char)) bad++;
  }
  return total === 0 ? 0 : bad / total;
}
