/**
 * Lexical cohesion across each line junction: how many of the Han character pairs in the lines
 * from here on were also in the lines just above. Two paragraphs of one story share its names
 * and words (福诺斯, 人口, 增长); the last paragraph of one brief and the first of the next share
 * few. Where no headline or opener marks the join of two stories, this is what is left to tell it.
 */
import type { PieceTable } from "../01-pieces.js";

/** At most this many character pairs are read on each side of a junction (about three lines of a column). */
const WINDOW = 60;
/** At most this many lines are read on each side (lines without Han text add no pairs). */
const LINES = 6;
/** Fewer pairs than this on either side: too little text to tell. */
const TOO_FEW = 12;

/** Cohesion buckets: 0 nothing shared … 4 much shared; 5 too little text to tell. */
export const COHESION_BUCKETS = 6;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** The Han character pairs of each line, as one number a pair (first code × 65536 + second). */
function linePairs(pieces: PieceTable): number[][] {
  const pairs: number[][] = [];
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    const own: number[] = [];
    for (let i = 1; i < text.length; i++) {
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i);
      if (isHan(a) && isHan(b)) own.push(a * 65536 + b);
    }
    pairs.push(own);
  }
  return pairs;
}

/**
 * Per line p, the cohesion bucket of the junction above it: the share of the distinct pairs of
 * lines p, p+1… (up to WINDOW pairs) found among the WINDOW pairs just above line p.
 */
export function junctionCohesion(pieces: PieceTable): Uint8Array {
  const n = pieces.count;
  const out = new Uint8Array(n).fill(COHESION_BUCKETS - 1);
  const pairs = linePairs(pieces);
  const above = new Set<number>();
  const below = new Set<number>();
  for (let p = 1; p < n; p++) {
    above.clear();
    for (let q = p - 1; q >= Math.max(0, p - LINES) && above.size < WINDOW; q--) {
      const own = pairs[q]!;
      for (let i = own.length - 1; i >= 0 && above.size < WINDOW; i--) above.add(own[i]!);
    }
    if (above.size < TOO_FEW) continue;
    let seen = 0;
    let shared = 0;
    below.clear();
    for (let q = p; q < Math.min(n, p + LINES) && below.size < WINDOW; q++) {
      for (const pair of pairs[q]!) {
        if (below.size >= WINDOW) break;
        if (below.has(pair)) continue;
        below.add(pair);
        seen++;
        if (above.has(pair)) shared++;
      }
    }
    if (seen < TOO_FEW) continue;
    const share = shared / seen;
    out[p] = share === 0 ? 0 : share < 0.05 ? 1 : share < 0.1 ? 2 : share < 0.2 ? 3 : 4;
  }
  return out;
}
