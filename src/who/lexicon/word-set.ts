/**
 * A set of words that answers "which entry ends here" and "which entry starts here", longest first,
 * without slicing the text. Entries are bucketed by their first (and last) UTF-16 unit, then by the
 * unit next to it: titles ending in 长 are 72, but few of them end in 局长. A bitset rejects the
 * many positions no entry starts or ends at before any map is read.
 */
import { CharBits } from "./char-bits.js";

/** The entries that start (or end) with one unit. */
interface Bucket {
  /** Entries of two or more units by their second (or second-last) unit, longest first. */
  readonly byNext: Map<number, string[]>;
  /** The one-unit entry, which loses to any longer match. */
  single: string;
}

class Index {
  private readonly bits = new CharBits();
  private readonly buckets = new Map<number, Bucket>();

  add(edge: number, next: number, word: string): void {
    let bucket = this.buckets.get(edge);
    if (!bucket) {
      this.bits.add(edge);
      this.buckets.set(edge, (bucket = { byNext: new Map(), single: "" }));
    }
    if (word.length === 1) bucket.single = word;
    else {
      const list = bucket.byNext.get(next);
      if (list) list.push(word);
      else bucket.byNext.set(next, [word]);
    }
  }

  /** Longest first: two entries of one length cannot both match at one position, so the first match is the longest. */
  sort(): void {
    for (const bucket of this.buckets.values()) for (const list of bucket.byNext.values()) list.sort((x, y) => y.length - x.length);
  }

  /** The bucket of `edge`, or undefined; `edge` is an in-range char code. */
  get(edge: number): Bucket | undefined {
    return this.bits.has(edge) ? this.buckets.get(edge) : undefined;
  }
}

export class WordSet {
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
  private readonly byFirst = new Index();
  private readonly byLast = new Index();

  constructor(entries: Iterable<string>) {
    const words = new Set(entries);
    let maxLength = 0;
    for (const w of words) {
      if (w === "") continue;
      if (w.length > maxLength) maxLength = w.length;
      this.byFirst.add(w.charCodeAt(0), w.charCodeAt(1), w);
      this.byLast.add(w.charCodeAt(w.length - 1), w.charCodeAt(w.length - 2), w);
    }
    this.byFirst.sort();
    this.byLast.sort();
    this.words = words;
    this.maxLength = maxLength;
  }

  /** The longest entry starting at `start` in `text`, or "". */
  startingAt(text: string, start: number): string {
    if (!(start >= 0 && start < text.length)) return "";
    const bucket = this.byFirst.get(text.charCodeAt(start));
    if (bucket === undefined) return "";
    // charCodeAt past the end is NaN, which no bucket holds.
    const list = bucket.byNext.get(text.charCodeAt(start + 1));
    if (list !== undefined) for (const w of list) if (text.startsWith(w, start)) return w;
    return bucket.single;
  }

  /** The longest entry ending at `end` in `text`, or "". */
  endingAt(text: string, end: number): string {
    if (!(end > 0 && end <= text.length)) return "";
    const bucket = this.byLast.get(text.charCodeAt(end - 1));
    if (bucket === undefined) return "";
    const list = bucket.byNext.get(text.charCodeAt(end - 2));
    if (list !== undefined) for (const w of list) if (w.length <= end && text.startsWith(w, end - w.length)) return w;
    return bucket.single;
  }
}
