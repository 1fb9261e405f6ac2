/** The compiled lexicons of the "who" stage: word sets with their longest entry, built once. */
import { collectiveRoles, nameEndWords, occupationTitles } from "../dictionaries/index.js";
import { perDictionaries } from "../dictionaries/active.js";
import { lazy } from "../dictionaries/parse-list.js";

/** A set of words that answers "which entry ends here" and "which entry starts here", longest first. */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
  /** The longest entry ending at `end` in `text`, or "". */
  endingAt(text: string, end: number): string;
  /** The longest entry starting at `start` in `text`, or "". */
  startingAt(text: string, start: number): string;
}

export function wordSet(entries: Iterable<string>): WordSet {
  const words = new Set(entries);
  let maxLength = 0;
  for (const w of words) maxLength = Math.max(maxLength, w.length);
  return {
    words,
    maxLength,
    endingAt(text, end) {
      for (let length = Math.min(maxLength, end); length > 0; length--) {
        const w = text.slice(end - length, end);
        if (words.has(w)) return w;
      }
      return "";
    },
    startingAt(text, start) {
      for (let length = Math.min(maxLength, text.length - start); length > 0; length--) {
        const w = text.slice(start, start + length);
        if (words.has(w)) return w;
      }
      return "";
    },
  };
}

/** Offices and occupations written with a name (局长, 导演), and collective roles (区领导). */
export const titles = perDictionaries((d) => wordSet([...d.roleTitles, ...occupationTitles(), ...collectiveRoles()]));
export const collective = lazy(() => new Set(collectiveRoles()));
export const endWords = lazy(() => wordSet(nameEndWords()));
export const organizationSuffixes = perDictionaries((d) => wordSet(d.organizationSuffixes));

/**
 * Qualifiers written before a title (副行长, 常务副市长, 代理市长); 原 and 前 may also precede the
 * organization (原战略研究所所长). A small closed set, kept beside its reader.
 */
export const QUALIFIERS = ["常务", "执行", "名誉", "代理", "副", "代", "原", "前", "兼"] as const;
