/**
 * A set of words that answers "which entry ends here" and "which entry starts here", longest first,
 * without slicing the text. Entries are bucketed by their first (and last) UTF-16 unit together with
 * the unit next to it: titles ending in 长 are 72, but few of them end in 局长. A bitset rejects the
 * many positions no entry starts or ends at before any map is read.
 */
import { CharBits } from "./char-bits.js";

/**
 * The entries by one edge unit and the unit next to it, packed into one small-integer map key (the
 * next unit's low 14 bits: a collision only costs a comparison, since candidates are compared in place).
 */
function pairKey(edge: number, next: number): number {
  return (edge << 14) | (next & 0x3fff);
}

/** The entries of a set by their first (or last) unit and the one after (or before) it. */
class Index {
  private readonly edges = new CharBits();
  /** One-unit entries, which lose to any longer match. */
  private readonly singles = new Map<number, string>();
  /** Longer entries by pairKey, longest first. */
  private readonly pairs = new Map<number, string[]>();

  /**
   * One pass over the entries, added longest first so that every list is in lookup order without
   * a sort (two entries of one length cannot both match at one position, so their order is free):
   * this runs cold, on a fresh process's first page, where each call made per entry counts.
   */
  constructor(words: readonly string[], fromEnd: boolean) {
    const byLength: string[][] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      (byLength[w.length] ??= []).push(w);
    }
    for (let length = byLength.length - 1; length >= 1; length--) {
      const group = byLength[length];
      if (group === undefined) continue;
      for (let i = 0; i < group.length; i++) {
        const w = group[i]!;
        const edge = fromEnd ? w.charCodeAt(length - 1) : w.charCodeAt(0);
        this.edges.add(edge);
        if (length === 1) {
          this.singles.set(edge, w);
          continue;
        }
        const key = pairKey(edge, fromEnd ? w.charCodeAt(length - 2) : w.charCodeAt(1));
        const list = this.pairs.get(key);
        if (list) list.push(w);
        else this.pairs.set(key, [w]);
      }
    }
  }

  /** Whether an entry has `edge` (an in-range char code) as its first (or last) unit. */
  hasEdge(edge: number): boolean {
    return this.edges.has(edge);
  }

  /** The candidates of two or more units for `edge` and `next` (NaN past the text reads as 0: harmless). */
  candidates(edge: number, next: number): readonly string[] | undefined {
    return this.pairs.get(pairKey(edge, next));
  }

  single(edge: number): string {
    return this.singles.get(edge) ?? "";
  }
}

/** Words that answer "which entry starts here", longest first. */
export class PrefixSet {
  private readonly index: Index;

  constructor(words: readonly string[]) {
    this.index = new Index(words, false);
  }

  /** The longest entry starting at `start` in `text`, or "". */
  longestAt(text: string, start: number): string {
    if (!(start >= 0 && start < text.length)) return "";
    const first = text.charCodeAt(start);
    if (!this.index.hasEdge(first)) return "";
    const list = this.index.candidates(first, text.charCodeAt(start + 1));
    if (list !== undefined) for (const w of list) if (text.startsWith(w, start)) return w;
    return this.index.single(first);
  }
}

/** Words that answer "which entry ends here", longest first. */
class SuffixSet {
  private readonly index: Index;

  constructor(words: readonly string[]) {
    this.index = new Index(words, true);
  }

  /** The longest entry ending at `end` in `text`, or "". */
  longestEndingAt(text: string, end: number): string {
    if (!(end > 0 && end <= text.length)) return "";
    const last = text.charCodeAt(end - 1);
    if (!this.index.hasEdge(last)) return "";
    const list = this.index.candidates(last, text.charCodeAt(end - 2));
    if (list !== undefined) for (const w of list) if (w.length <= end && text.startsWith(w, end - w.length)) return w;
    return this.index.single(last);
  }
}

/**
 * Both: the index of each direction is built on its first use (organization suffixes are only read
 * backwards), and the set of entries only if asked for.
 */
export class WordSet {
  private prefixes: PrefixSet | null = null;
  private suffixes: SuffixSet | null = null;
  private set: ReadonlySet<string> | null = null;

  constructor(private readonly entries: readonly string[]) {}

  get words(): ReadonlySet<string> {
    return (this.set ??= new Set(this.entries));
  }

  /** The longest entry starting at `start` in `text`, or "". */
  startingAt(text: string, start: number): string {
    return (this.prefixes ??= new PrefixSet(this.entries)).longestAt(text, start);
  }

  /** The longest entry ending at `end` in `text`, or "". */
  endingAt(text: string, end: number): string {
    return (this.suffixes ??= new SuffixSet(this.entries)).longestEndingAt(text, end);
  }
}
