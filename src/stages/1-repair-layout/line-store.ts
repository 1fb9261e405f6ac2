import type { MappedText } from "../../text/mapped-text.js";
import { ownBuffer, type AllocateOffsets } from "../../text/offset-arena.js";

/**
 * The repaired lines of a page in a compact form: a string per line and, instead of an offset per
 * character, runs. Repair only deletes characters, so within a run of kept characters the original
 * offset goes up by one; most lines are one run. An object and a Uint32Array per line cost more heap
 * than the text itself (1 M chars of pages have 50,000 lines).
 *
 * Characters are numbered across the page: line r holds `starts[r]` to `starts[r + 1]`.
 */
export interface LineStore {
  readonly count: number;
  readonly texts: readonly string[];
  /** Page-wide index of each line's first character; `starts[count]` is the total. */
  readonly starts: Uint32Array;
  /** Line r's runs are `runFirst[r]` to `runFirst[r + 1]`. */
  readonly runFirst: Uint32Array;
  /** Page-wide index of each run's first character. */
  readonly runAt: Uint32Array;
  /** Original offset of each run's first character. */
  readonly runOffset: Uint32Array;
  /** Each line's `offsets[text.length]`: after its last character, or where it starts when empty. */
  readonly ends: Uint32Array;
  /** Original offset of the line break ending each line; -1 on the last line. */
  readonly breaks: Int32Array;
  /** Physical line numbers, when they are not 0, 1, 2 … */
  readonly numbers: Uint32Array | null;
}

/** The original offset of page-wide character `at` of line `row`. */
export function offsetAt(store: LineStore, row: number, at: number): number {
  let r = store.runFirst[row + 1]! - 1;
  const first = store.runFirst[row]!;
  while (r > first && store.runAt[r]! > at) r--;
  return store.runOffset[r]! + (at - store.runAt[r]!);
}

/** Writes the original offsets of page-wide characters [from, to) of line `row` into `target` at `into`. */
export function writeOffsets(store: LineStore, row: number, from: number, to: number, target: Uint32Array, into: number): void {
  const last = store.runFirst[row + 1]!;
  for (let r = store.runFirst[row]!; r < last && from < to; r++) {
    const runEnd = r + 1 < last ? store.runAt[r + 1]! : to;
    if (runEnd <= from) continue;
    const shift = store.runOffset[r]! - store.runAt[r]!;
    const stop = Math.min(runEnd, to);
    for (; from < stop; from++) target[into++] = from + shift;
  }
}

/** Page-wide characters [from, to) of line `row` (to > from) as a MappedText ending after its last character. */
export function mappedRange(store: LineStore, row: number, text: string, from: number, to: number, allocate: AllocateOffsets = ownBuffer): MappedText {
  const offsets = allocate(to - from + 1);
  writeOffsets(store, row, from, to, offsets, 0);
  offsets[to - from] = offsets[to - from - 1]! + 1;
  return { text, offsets };
}

/** A growable Uint32Array. */
class U32Vector {
  private data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(capacity, 16));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** The values pushed, in an array of their own size. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Builds a {@link LineStore} line by line, each line run by run. */
export class LineStoreBuilder {
  private readonly texts: string[] = [];
  private readonly starts: Uint32Array;
  private readonly runFirst: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly breaks: Int32Array;
  private readonly runAt: U32Vector;
  private readonly runOffset: U32Vector;
  private numbers: Uint32Array | null = null;
  private row = 0;
  private at = 0;

  constructor(private readonly capacity: number) {
    this.starts = new Uint32Array(capacity + 1);
    this.runFirst = new Uint32Array(capacity + 1);
    this.ends = new Uint32Array(capacity);
    this.breaks = new Int32Array(capacity);
    this.runAt = new U32Vector(capacity + 16);
    this.runOffset = new U32Vector(capacity + 16);
  }

  /** Starts a run at character `index` of the current line, which maps to `offset`, the next to `offset + 1` … */
  run(index: number, offset: number): void {
    this.runAt.push(this.at + index);
    this.runOffset.push(offset);
  }

  /** Ends the current line: its text (`length` characters added in runs), end, break and number. */
  line(text: string, end: number, breakOffset: number | null, number = this.row): void {
    const row = this.row++;
    this.texts.push(text);
    this.at += text.length;
    this.starts[row + 1] = this.at;
    this.runFirst[row + 1] = this.runAt.length;
    this.ends[row] = end;
    this.breaks[row] = breakOffset ?? -1;
    if (number !== row) this.numbers ??= Uint32Array.from({ length: this.capacity }, (_, i) => i);
    if (this.numbers) this.numbers[row] = number;
  }

  finish(): LineStore {
    const count = this.row;
    return {
      count,
      texts: this.texts,
      starts: this.starts.subarray(0, count + 1),
      runFirst: this.runFirst.subarray(0, count + 1),
      runAt: this.runAt.toArray(),
      runOffset: this.runOffset.toArray(),
      ends: this.ends.subarray(0, count),
      breaks: this.breaks.subarray(0, count),
      numbers: this.numbers?.subarray(0, count) ?? null,
    };
  }
}

/** The store of lines given as MappedTexts, for a RepairedPage that repairLayout did not make. */
export function storeOfLines(
  lines: readonly { readonly index: number; readonly text: MappedText; readonly breakOffset: number | null }[],
): LineStore {
  const builder = new LineStoreBuilder(lines.length);
  for (const line of lines) {
    const { text, offsets } = line.text;
    for (let i = 0; i < text.length; i++) if (i === 0 || offsets[i] !== offsets[i - 1]! + 1) builder.run(i, offsets[i]!);
    builder.line(text, offsets[text.length] ?? 0, line.breakOffset, line.index);
  }
  return builder.finish();
}
