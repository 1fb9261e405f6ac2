/** The compiled lexicons of the "who" stage: word sets with their longest entry, built once. */
import { collectiveRoles, nameEndWords, occupationTitles, orgInnerWords } from "../dictionaries/index.js";
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
  // The lengths of the entries that start (or end) with each character, longest first: most
  // positions of a text start no entry at all and cost one map lookup, not a slice per length.
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  const note = (index: Map<string, number[]>, ch: string, length: number) => {
    const lengths = index.get(ch) ?? [];
    if (!lengths.includes(length)) lengths.push(length);
    index.set(ch, lengths);
  };
  for (const w of words) {
    if (w === "") continue;
    maxLength = Math.max(maxLength, w.length);
    note(byFirst, w[0]!, w.length);
    note(byLast, w[w.length - 1]!, w.length);
  }
  for (const lengths of [...byFirst.values(), ...byLast.values()]) lengths.sort((x, y) => y - x);
  return {
    words,
    maxLength,
    endingAt(text, end) {
      const lengths = end > 0 ? byLast.get(text[end - 1]!) : undefined;
      if (lengths) {
        for (const length of lengths) {
          if (length > end) continue;
          const w = text.slice(end - length, end);
          if (words.has(w)) return w;
        }
      }
      return "";
    },
    startingAt(text, start) {
      const lengths = start < text.length ? byFirst.get(text[start]!) : undefined;
      if (lengths) {
        for (const length of lengths) {
          if (start + length > text.length) continue;
          const w = text.slice(start, start + length);
          if (words.has(w)) return w;
        }
      }
      return "";
    },
  };
}

/** Offices and occupations written with a name (局长, 导演), and collective roles (区领导). */
export const titles = perDictionaries((d) => wordSet([...d.roleTitles, ...occupationTitles(), ...collectiveRoles()]));
export const collective = lazy(() => new Set(collectiveRoles()));
export const endWords = lazy(() => wordSet(nameEndWords()));
/** Words that keep a stop character inside an organization name (数据, 经济, 和平). */
export const innerWords = lazy(() => wordSet(orgInnerWords()));
export const organizationSuffixes = perDictionaries((d) => wordSet(d.organizationSuffixes));

/**
 * Qualifiers written before a title (副行长, 常务副市长, 代理市长); 原 and 前 may also precede the
 * organization (原战略研究所所长). A small closed set, kept beside its reader.
 */
export const QUALIFIERS = ["常务", "执行", "名誉", "代理", "副", "代", "原", "前", "兼"] as const;
