/**
 * How much of a title's wording recurs in a text: the share of its distinct Han bigrams that the
 * text holds. A headline shares its words with its own body far more than with a neighbour's,
 * which tells which side of it the text it titles stands.
 */
import type { Unit } from "../2-articles/02-units.js";
import type { Region } from "../2-articles/04-regions.js";
import { hanPair } from "../2-articles/han-pair.js";

/** A title's distinct Han bigrams (see hanPair): each one's number, and the bigrams in that order. */
export interface TitleBigrams {
  readonly index: ReadonlyMap<number, number>;
  /**
   * Each pair's first and second character, two entries a pair, in order: markTitle reads these
   * by index. On a first page it runs interpreted, where iterating the map allocated a result
   * per step and splitting each pair back by division a heap number.
   */
  readonly chars: readonly number[];
}

/**
 * The distinct pairs of consecutive Han characters in `text`, other characters left out (see
 * hanPair), each numbered in order of first appearance.
 */
export function bigrams(text: string): TitleBigrams {
  const index = new Map<number, number>();
  const chars: number[] = [];
  // By code unit, skipping the others: a regular expression to strip them cost more, cold.
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    if (previous >= 0) {
      const pair = hanPair(previous, code);
      if (!index.has(pair)) {
        index.set(pair, index.size);
        chars.push(previous, code);
      }
    }
    previous = code;
  }
  return { index, chars };
}

/**
 * Bit k marks the first (second) characters of title k's bigrams, for the titles being scored;
 * cleared after each region.
 */
const titleFirst = new Uint8Array(0x10000);
const titleSecond = new Uint8Array(0x10000);

/**
 * The share of each title's bigrams (of two, either missing) found in the region's text (its
 * units' text joined), into `scores`; 0 for a title without bigrams. Read piece by piece:
 * joining each article's text to search it cost a copy of the page. Which bigrams were found is
 * marked in `seen` (zeroed, at least the two titles' sizes long), and zeroed again after.
 */
export function overlaps(
  first: TitleBigrams | null,
  second: TitleBigrams | null,
  region: Region,
  units: readonly Unit[],
  scores: Float64Array,
  seen: Uint8Array,
): void {
  const firstSize = first?.index.size ?? 0;
  const secondSize = second?.index.size ?? 0;
  // Bit k: title k still has bigrams not yet found.
  let open = (firstSize > 0 ? 1 : 0) | (secondSize > 0 ? 2 : 0);
  markTitle(first, 1);
  markTitle(second, 2);
  let firstFound = 0;
  let secondFound = 0;
  let previous = 0;
  scan: for (const u of region.units) {
    if (open === 0) break;
    const unit = units[u]!;
    for (let p = unit.first; p < unit.end; p++) {
      const text = unit.pieces.text[p]!;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const candidates = titleFirst[previous]! & titleSecond[code]! & open;
        if (candidates !== 0) {
          const pair = hanPair(previous, code);
          // Title 0's marks come first in `seen`, then title 1's.
          const inFirst = (candidates & 1) !== 0 ? first!.index.get(pair) : undefined;
          if (inFirst !== undefined && seen[inFirst] === 0) {
            seen[inFirst] = 1;
            if (++firstFound === firstSize) open &= ~1;
          }
          const inSecond = (candidates & 2) !== 0 ? second!.index.get(pair) : undefined;
          if (inSecond !== undefined && seen[firstSize + inSecond] === 0) {
            seen[firstSize + inSecond] = 1;
            if (++secondFound === secondSize) open &= ~2;
          }
          if (open === 0) break scan;
        }
        previous = code;
      }
    }
  }
  markTitle(first, 0);
  markTitle(second, 0);
  seen.fill(0, 0, firstSize + secondSize);
  scores[0] = firstSize > 0 ? firstFound / firstSize : 0;
  scores[1] = secondSize > 0 ? secondFound / secondSize : 0;
}

/** Sets `bit` on the title's bigrams' first and second characters; with 0, clears them. */
function markTitle(title: TitleBigrams | null, bit: number): void {
  if (!title) return;
  const chars = title.chars;
  for (let k = 0; k < chars.length; k += 2) {
    const head = chars[k]!;
    const tail = chars[k + 1]!;
    titleFirst[head] = bit === 0 ? 0 : titleFirst[head]! | bit;
    titleSecond[tail] = bit === 0 ? 0 : titleSecond[tail]! | bit;
  }
}

