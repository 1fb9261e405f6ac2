/**
 * A set of words that answers "which entry ends here" and "which entry starts here", longest first,
 * without slicing the text: entries are bucketed by their first (and last) UTF-16 unit, a bitset
 * rejects the many positions no entry starts or ends at, and a bucket is compared in place.
 */
import { CharBits } from "./char-bits.js";

type Buckets = Map<number, string[]>;

function addTo(buckets: Buckets, bits: CharBits, code: number, word: string): void {
  bits.add(code);
  const bucket = buckets.get(code);
  if (bucket) bucket.push(word);
  else buckets.set(code, [word]);
}

/** Longest first: two entries of one length cannot both match at one position, so the first match is the longest. */
function sortBuckets(buckets: Buckets): void {
  for (const bucket of buckets.values()) bucket.sort((x, y) => y.length - x.length);
}

export class WordSet {
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
  private readonly firstBits = new CharBits();
  private readonly lastBits = new CharBits();
  private readonly byFirst: Buckets = new Map();
  private readonly byLast: Buckets = new Map();

  constructor(entries: Iterable<string>) {
    const words = new Set(entries);
    let maxLength = 0;
    for (const w of words) {
      if (w === "") continue;
      if (w.length > maxLength) maxLength = w.length;
      addTo(this.byFirst, this.firstBits, w.charCodeAt(0), w);
      addTo(this.byLast, this.lastBits, w.charCodeAt(w.length - 1), w);
    }
    sortBuckets(this.byFirst);
    sortBuckets(this.byLast);
    this.words = words;
    this.maxLength = maxLength;
  }

  /** The longest entry starting at `start` in `text`, or "". */
  startingAt(text: string, start: number): string {
    if (!(start >= 0 && start < text.length)) return "";
    const code = text.charCodeAt(start);
    if (!this.firstBits.has(code)) return "";
    for (const w of this.byFirst.get(code)!) if (text.startsWith(w, start)) return w;
    return "";
  }

  /** The longest entry ending at `end` in `text`, or "". */
  endingAt(text: string, end: number): string {
    if (!(end > 0 && end <= text.length)) return "";
    const code = text.charCodeAt(end - 1);
    if (!this.lastBits.has(code)) return "";
    for (const w of this.byLast.get(code)!) if (w.length <= end && text.startsWith(w, end - w.length)) return w;
    return "";
  }
}
