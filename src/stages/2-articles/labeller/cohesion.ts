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

/** Slots of a PairSet: a power of two over twice WINDOW, so that probes stay short. */
const SLOTS = 256;

/**
 * A set of at most WINDOW pair codes, emptied in constant time: each slot holds the generation
 * it was written in, and clear() starts a new generation. A Set<number> here cost a sixth of a
 * whole extract on a long page (its hashing, and its growth and shrinking junction by junction).
 */
class PairSet {
  private readonly keys = new Int32Array(SLOTS);
  private readonly stamps = new Uint32Array(SLOTS);
  private stamp = 1;
  size = 0;

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  has(code: number): boolean {
    const { keys, stamps, stamp } = this;
    for (let i = Math.imul(code, 0x9e3779b1) >>> 24; ; i = (i + 1) & (SLOTS - 1)) {
      if (stamps[i] !== stamp) return false;
      if (keys[i] === code) return true;
    }
  }

  /** Adds `code`; whether it was not there yet. */
  add(code: number): boolean {
    const { keys, stamps, stamp } = this;
    for (let i = Math.imul(code, 0x9e3779b1) >>> 24; ; i = (i + 1) & (SLOTS - 1)) {
      if (stamps[i] !== stamp) {
        stamps[i] = stamp;
        keys[i] = code;
        this.size++;
        return true;
      }
      if (keys[i] === code) return false;
    }
  }
}

/**
 * Per line p, the cohesion bucket of the junction above it: the share of the distinct pairs of
 * lines p, p+1… (up to WINDOW pairs) found among the WINDOW pairs just above line p.
 */
export function junctionCohesion(pieces: PieceTable): Uint8Array {
  const n = pieces.count;
  const out = new Uint8Array(n).fill(COHESION_BUCKETS - 1);
  const { codes, starts } = linePairs(pieces);
  const above = new PairSet();
  const below = new PairSet();
  for (let p = 1; p < n; p++) {
    above.clear();
    for (let q = p - 1; q >= Math.max(0, p - LINES) && above.size < WINDOW; q--) {
      for (let i = starts[q + 1]! - 1; i >= starts[q]! && above.size < WINDOW; i--) above.add(codes[i]!);
    }
    if (above.size < TOO_FEW) continue;
    let seen = 0;
    let shared = 0;
    below.clear();
    for (let q = p; q < Math.min(n, p + LINES) && below.size < WINDOW; q++) {
      for (let i = starts[q]!, end = starts[q + 1]!; i < end; i++) {
        if (below.size >= WINDOW) break;
        const pair = codes[i]!;
        if (!below.add(pair)) continue;
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
