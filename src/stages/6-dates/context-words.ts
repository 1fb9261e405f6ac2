/**
 * The words read around an atom (从…, …以来, …至…, 的), matched by hand: each of these small
 * expressions was compiled on a page's first date, which cost more, cold, than every later
 * match. Each function names the expression it answers as; test/stages/6-dates/context-words.test.ts holds
 * them to it.
 */

/** The spaces a context word may have around it: [ \t\u3000]. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** `text` without the spaces at its ends. */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A word, and the characters that must not follow it (a negative lookahead). */
export interface ContextWord {
  readonly word: string;
  readonly notBefore?: string;
}

/** A match: its whole length, and the word matched. */
export interface WordMatch {
  readonly length: number;
  readonly word: string;
}

/**
 * /^[ \t\u3000]*(w1|w2|…)/.exec(text): spaces, then the first of `words` (in order, as an
 * alternation tries them) that `text` continues with.
 */
export function wordAfterSpaces(text: string, words: readonly ContextWord[]): WordMatch | null {
  let at = 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  // Index loops, not for…of and destructuring: interpreted on a fresh process's first page, each
  // iterator step allocates its result.
  for (let i = 0; i < words.length; i++) {
    const { word, notBefore } = words[i]!;
    if (!text.startsWith(word, at)) continue;
    const end = at + word.length;
    if (notBefore !== undefined && end < text.length && notBefore.includes(text[end]!)) continue;
    return { length: end, word };
  }
  return null;
}

/**
 * /(?:w1|w2|…)[ \t\u3000]*$/.exec(text): one of `words` then spaces to the end. Its length from
 * the word's start; only one word can end where the spaces start, but the longest is taken
 * (截至到 over 至到), as the leftmost match would be.
 */
export function wordBeforeSpaces(text: string, words: readonly string[]): number | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let longest = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length > longest && text.endsWith(word, end)) longest = word.length;
  }
  return longest < 0 ? null : text.length - end + longest;
}
