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

/**
 * A Han character pair as one small integer: the first code's offset from U+3400 (under 2^15)
 * above the second code, so that it stays a small integer for V8 rather than a boxed number.
 */
const pairCode = (a: number, b: number) => ((a - 0x3400) << 16) | b;

/** The Han character pairs of every line, one integer a pair (pairCode): line p's are codes[starts[p]] up to codes[starts[p + 1]]. */
interface LinePairs {
  codes: Int32Array;
  starts: Int32Array;
}

function linePairs(pieces: PieceTable): LinePairs {
  let total = 0;
  for (let p = 0; p < pieces.count; p++) total += pieces.text[p]!.length;
  const codes = new Int32Array(total);
  const starts = new Int32Array(pieces.count + 1);
  let k = 0;
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    starts[p] = k;
    let a = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let i = 1; i < text.length; i++) {
      const b = text.charCodeAt(i);
      if (isHan(a) && isHan(b)) codes[k++] = pairCode(a, b);
      a = b;
    }
  }
  starts[pieces.count] = k;
  return { codes, starts };
}

/** Junctions are read in blocks of this many lines, each block's pairs linked in a table of its own. */
const BLOCK = 64;

/**
 * Where each pair of a stretch of the page was written last before it and is written next, within
 * that stretch (-1 and the stretch's end when not): one hashed probe a pair. A junction's windows
 * then read these links instead of hashing every pair into sets of their own (about 180 probes a
 * junction). Linked a block of lines at a time so that the table stays in the processor's cache:
 * one table for the whole page was slower than the sets it replaced.
 */
class OccurrenceLinks {
  /** previous[i - from] and next[i - from] for the pairs i of the stretch linked last. */
  previous = new Int32Array(0);
  next = new Int32Array(0);
  private keys = new Int32Array(0);
  private last = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  link(codes: Int32Array, from: number, to: number): void {
    const size = to - from;
    if (this.previous.length < size) {
      this.previous = new Int32Array(size * 2);
      this.next = new Int32Array(size * 2);
    }
    let bits = 4;
    while (1 << bits < size * 2) bits++;
    if (this.keys.length < 1 << bits) {
      this.keys = new Int32Array(1 << bits);
      this.last = new Int32Array(1 << bits);
      this.stamps = new Int32Array(1 << bits);
    }
    const { previous, next, keys, last, stamps } = this;
    const shift = 32 - Math.log2(keys.length);
    const mask = keys.length - 1;
    const stamp = ++this.stamp;
    next.fill(to, 0, size);
    for (let i = from; i < to; i++) {
      const code = codes[i]!;
      let at = Math.imul(code, 0x9e3779b1) >>> shift;
      while (stamps[at] === stamp && keys[at] !== code) at = (at + 1) & mask;
      let before = -1;
      if (stamps[at] === stamp) {
        before = last[at]!;
        next[before - from] = i;
      }
      previous[i - from] = before;
      stamps[at] = stamp;
      keys[at] = code;
      last[at] = i;
    }
  }
}

/**
 * Per line p, the cohesion bucket of the junction above it: the share of the distinct pairs of
 * lines p, p+1… (up to WINDOW pairs) found among the WINDOW pairs just above line p.
 *
 * Read backwards from line p, a pair is one more distinct pair above unless written again before
 * line p; read forwards, one more below unless written already since line p. A pair below is shared
 * when it was last written, before line p, within the stretch the pairs above were read from.
 */
export function junctionCohesion(pieces: PieceTable): Uint8Array {
  const n = pieces.count;
  const out = new Uint8Array(n).fill(COHESION_BUCKETS - 1);
  const { codes, starts } = linePairs(pieces);
  const links = new OccurrenceLinks();
  for (let block = 1; block < n; block += BLOCK) {
    const from = starts[Math.max(0, block - LINES)]!;
    links.link(codes, from, starts[Math.min(n, block + BLOCK - 1 + LINES)]!);
    const { previous, next } = links;
    for (let p = block; p < Math.min(n, block + BLOCK); p++) {
      const edge = starts[p]!;
      // Above: from the end of line p - 1 back to the WINDOW-th distinct pair or LINES lines up.
      const top = starts[Math.max(0, p - LINES)]!;
      let above = 0;
      let reach = edge;
      while (reach > top && above < WINDOW) {
        reach--;
        if (next[reach - from]! >= edge) above++;
      }
      if (above < TOO_FEW) continue;
      // Below: from line p down to the WINDOW-th distinct pair or the end of line p + LINES - 1.
      const bottom = starts[Math.min(n, p + LINES)]!;
      let seen = 0;
      let shared = 0;
      for (let i = edge; i < bottom && seen < WINDOW; i++) {
        const before = previous[i - from]!;
        if (before >= edge) continue;
        seen++;
        if (before >= reach) shared++;
      }
      if (seen < TOO_FEW) continue;
      const share = shared / seen;
      out[p] = share === 0 ? 0 : share < 0.05 ? 1 : share < 0.1 ? 2 : share < 0.2 ? 3 : 4;
    }
  }
  return out;
}
