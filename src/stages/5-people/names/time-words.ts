/**
 * Time words written between a subject and its verb (李明上午出席, 王大同下午会见): they say when,
 * not who, so the name model reads what stands after a name through them. The model learned the
 * context of 今天 (in dictionaries/name-end-words.txt); these, which it saw too seldom after a name
 * to learn (上 mostly follows no name: 上海, 上面), are read as 今天. A small closed set of
 * two-character words, written run together, kept beside its reader; offsets do not move.
 */
const TIME_WORDS = "上午下午中午早上晚上明天";

/**
 * `text` with the time word at `at` (one of TIME_WORDS) read as 今天, the one the name model knows;
 * `text` itself otherwise.
 *
 * @example
 * ```ts
 * asKnownTimeWord("李明上午出席", 2); // => "李明今天出席"
 * asKnownTimeWord("李明出席", 2);     // => "李明出席"
 * ```
 */
export function asKnownTimeWord(text: string, at: number): string {
  if (at + 1 >= text.length) return text;
  const second = text.charCodeAt(at + 1);
  // Each word at an even offset of TIME_WORDS: its first character there, its second after it.
  for (let i = TIME_WORDS.indexOf(text.charAt(at)); i >= 0; i = TIME_WORDS.indexOf(text.charAt(at), i + 1)) {
    if (i % 2 === 0 && TIME_WORDS.charCodeAt(i + 1) === second) return text.slice(0, at) + "今天" + text.slice(at + 2);
  }
  return text;
}
