/**
 * Parsers that match one word of a list, with a character before it and a character or word after
 * it ruled out: found by comparing the words in code rather than by a pattern. On a fresh process's
 * first page a pattern costs its compilation (twice: bytecode, then native code on its second
 * exec), more than the few comparisons a page's tries take; the pattern stays, built on first
 * read, as the reference that test/stages/6-dates/words.test.ts holds the lookup to.
 */
import { lazy } from "../../../lexicon/parse-list.js";

/** A word-list pattern: `(?<![notAfter])(word1|word2|…)(?![notBefore]|notBeforeWord1|…)`. */
export interface WordList {
  /** The words, in the pattern's order: where several fit, the first one wins. */
  readonly words: readonly string[];
  /** Characters that may not come just before the word (none: ""). */
  readonly notAfter: string;
  /** Characters that may not come just after the word (none: ""). */
  readonly notBefore: string;
  /** Words that may not come just after the word. */
  readonly notBeforeWords?: readonly string[];
}

/** A character class of `chars`, which hold no character special in one. */
function charClass(chars: string): string {
  return `[${chars}]`;
}

/** The sticky pattern that {@link wordAt} stands for. */
export function wordPattern(list: WordList): RegExp {
  const after = [...(list.notBefore === "" ? [] : [charClass(list.notBefore)]), ...(list.notBeforeWords ?? [])];
  return new RegExp(
    (list.notAfter === "" ? "" : `(?<!${charClass(list.notAfter)})`) + `(${list.words.join("|")})` + (after.length === 0 ? "" : `(?!${after.join("|")})`),
    "y",
  );
}

/** A lazily built {@link wordPattern}, for a parser's `pattern` getter. */
export function lazyWordPattern(list: WordList): () => RegExp {
  return lazy(() => wordPattern(list));
}

/** True when `chars` holds the character whose code is `code` (NaN: past the text's ends, never). */
function holdsCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** True when one of `words` starts at `at` in `text`. */
function anyWordAt(words: readonly string[], text: string, at: number): boolean {
  for (let i = 0; i < words.length; i++) if (text.startsWith(words[i]!, at)) return true;
  return false;
}

/** What `wordPattern(list)` matches sticky at `start`, as its exec would give it (whole, and group 1). */
export function wordAt(list: WordList, text: string, start: number): RegExpExecArray | null {
  if (start > 0 && holdsCode(list.notAfter, text.charCodeAt(start - 1))) return null;
  const { words, notBefore, notBeforeWords } = list;
  const first = text.charCodeAt(start);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.charCodeAt(0) !== first || !text.startsWith(word, start)) continue;
    const end = start + word.length;
    if (holdsCode(notBefore, text.charCodeAt(end))) continue;
    if (notBeforeWords !== undefined && anyWordAt(notBeforeWords, text, end)) continue;
    return Object.assign([word, word] as [string, string], { index: start, input: text });
  }
  return null;
}
