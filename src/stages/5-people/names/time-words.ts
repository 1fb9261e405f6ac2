import type { NameCandidate } from "./name-model.js";

/**
 * Time words written between a subject and its verb (李明上午出席, 王大同下午会见): they say when,
 * not who, so the name model reads what stands after a name through them. The model learned the
 * context of 今天 (in dictionaries/name-end-words.txt); these, which it saw too seldom after a name
 * to learn (上 mostly follows no name: 上海, 上面), are read as 今天. A small closed set of
 * two-character words, written run together, kept beside its reader; offsets do not move.
 */
const TIME_WORDS = "上午下午中午早上晚上明天";

/**
 * How much of the text either side of a candidate the name model may read: more than its longest
 * context (a title before or after the name, an end word, an organization suffix).
 */
const CONTEXT = 64;

/**
 * Where a time word (one of TIME_WORDS) follows candidate `c`: the text around it, the time word
 * read as 今天 (the one the name model knows), and the candidate placed in that window. Null
 * otherwise. A window, not the whole text rewritten: a page full of 李明上午… would copy the page
 * once a candidate (quadratic: 288,000 characters took 42 s).
 *
 * @example
 * ```ts
 * knownTimeWordWindow("李明上午出席", { start: 0, end: 2, surnameLength: 1 })?.text; // => "李明今天出席"
 * knownTimeWordWindow("李明出席", { start: 0, end: 2, surnameLength: 1 });           // => null
 * ```
 */
export function knownTimeWordWindow(text: string, c: NameCandidate): { text: string; candidate: NameCandidate } | null {
  const at = c.end;
  if (at + 1 >= text.length) return null;
  const second = text.charCodeAt(at + 1);
  // Each word at an even offset of TIME_WORDS: its first character there, its second after it.
  for (let i = TIME_WORDS.indexOf(text.charAt(at)); i >= 0; i = TIME_WORDS.indexOf(text.charAt(at), i + 1)) {
    if (i % 2 !== 0 || TIME_WORDS.charCodeAt(i + 1) !== second) continue;
    const from = Math.max(0, c.start - CONTEXT);
    const window = text.slice(from, at) + "今天" + text.slice(at + 2, at + 2 + CONTEXT);
    return { text: window, candidate: { start: c.start - from, end: at - from, surnameLength: c.surnameLength } };
  }
  return null;
}
