/**
 * Doctrines named after a leader (邓小平理论, 毛泽东思想): the name there is part of the name of
 * a body of thought, not a mention of the person, as People's Daily's own tagging has it (one noun).
 */

/** The words that make a leader's name the name of a doctrine. A small closed set, kept beside its reader. */
const DOCTRINE_WORDS = ["理论", "思想"] as const;

type Range = { readonly start: number; readonly end: number };

/**
 * The spans of `text` where a name of `leaders` (three characters each, as
 * dictionaries/notable-persons.txt holds them) names a doctrine: the name and the doctrine word.
 * Found from the doctrine words (indexOf), which most texts do not hold.
 *
 * @example
 * ```ts
 * doctrineSpans("高举邓小平理论伟大旗帜", new Set(["邓小平"])); // => [{ start: 2, end: 7 }]
 * ```
 */
export function doctrineSpans(text: string, leaders: ReadonlySet<string>): Range[] {
  const found: Range[] = [];
  for (const word of DOCTRINE_WORDS) {
    for (let i = text.indexOf(word, 3); i >= 0; i = text.indexOf(word, i + 1)) {
      if (leaders.has(text.slice(i - 3, i))) found.push({ start: i - 3, end: i + word.length });
    }
  }
  return found;
}
