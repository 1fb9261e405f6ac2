/**
 * Time words written between a subject and its verb (李明上午出席, 王大同下午会见): they say when,
 * not who, so the name model reads what stands after a name through them. The model learned the
 * context of 今天 (in dictionaries/name-end-words.txt); these, which it saw too seldom after a name
 * to learn (上 mostly follows no name: 上海, 上面), are read as 今天. A small closed set, kept
 * beside its reader; each is two characters, so that offsets do not move.
 */
const TIME_WORDS = ["上午", "下午", "中午", "傍晚", "早上", "早晨", "晚上", "清晨", "明天", "前天", "今晨", "昨夜"];

/** The time word the model knows, read in place of those of TIME_WORDS. */
const KNOWN_TIME_WORD = "今天";

/** The first characters of TIME_WORDS, checked first: most positions hold none. */
const FIRSTS = new Set(TIME_WORDS.map((w) => w.charCodeAt(0)));

/** Whether a time word of TIME_WORDS starts at `at`. */
export function isTimeWordAt(text: string, at: number): boolean {
  if (!FIRSTS.has(text.charCodeAt(at))) return false;
  for (const w of TIME_WORDS) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * `text` with the time word at `at` (if one of TIME_WORDS starts there) read as 今天, the one the
 * name model knows; `text` itself otherwise.
 *
 * @example
 * ```ts
 * asKnownTimeWord("李明上午出席", 2); // => "李明今天出席"
 * asKnownTimeWord("李明出席", 2);     // => "李明出席"
 * ```
 */
export function asKnownTimeWord(text: string, at: number): string {
  return isTimeWordAt(text, at) ? text.slice(0, at) + KNOWN_TIME_WORD + text.slice(at + KNOWN_TIME_WORD.length) : text;
}
