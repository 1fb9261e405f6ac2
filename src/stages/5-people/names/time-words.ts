import { timeWords } from "../../../lexicon/dictionaries.js";
import type { NameCandidate } from "./name-model.js";

/**
 * How much of the text either side of a candidate the name model may read: more than its longest
 * context (a title before or after the name, an end word, an organization suffix).
 */
const CONTEXT = 64;

/**
 * Where a time word (dictionaries/time-words.txt: 上午, 明天 …) follows candidate `c`: the text
 * around it, the time word read as 今天 (the one the name model knows), and the candidate placed
 * in that window; offsets before it do not move. Time words say when, not who (李明上午出席,
 * 王大同下午会见); the model learned the context of 今天 (in dictionaries/name-end-words.txt) but
 * saw these too seldom after a name to learn (上 mostly follows no name: 上海, 上面). Null
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
  const words = timeWords();
  // An index loop, not find(): this runs for every candidate, and a closure a call is garbage.
  let word: string | undefined;
  for (let i = 0; i < words.length && word === undefined; i++) if (text.startsWith(words[i]!, at)) word = words[i];
  if (word === undefined) return null;
  const from = Math.max(0, c.start - CONTEXT);
  const window = text.slice(from, at) + "今天" + text.slice(at + word.length, at + word.length + CONTEXT);
  return { text: window, candidate: { start: c.start - from, end: at - from, surnameLength: c.surnameLength } };
}
