import type { MappedText } from "../../text/mapped-text.js";
import { foldTraditional } from "../../text/fold-traditional.js";
import type { Diagnostic } from "../../contracts/graph.js";
import { LineStoreBuilder, storeOfLines, writeOffsets, type LineStore } from "./line-store.js";
import { lineTokens, repairLine } from "./repair-line.js";
import { textWidth } from "./char-classes.js";

/** One physical line of the input after repair. */
export interface RepairedLine {
  /** Zero-based physical line number. */
  readonly index: number;
  /** The line without layout whitespace (letter-spacing, padding), mapped to the original. */
  readonly text: MappedText;
  /** Printed width: Han characters count one, ASCII a half. */
  readonly width: number;
  /** Original offset of the line break that ends the line; null on the last line. */
  readonly breakOffset: number | null;
}

/** The input split into repaired physical lines, every character mapped to the original. */
export interface RepairedPage {
  /** The caller's string, as written: the graph's strings are read back from it. */
  readonly input: string;
  readonly lines: readonly RepairedLine[];
  /** What was repaired: letter-spaced lines, with their spans. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Repairs the layout of PDF or OCR text line by line: removes letter-spacing (今 年 ， 示 范 区),
 * padding, and spaces next to brackets or between a digit and a Han character (4 月 12日), while
 * keeping spaces that separate phrases (礼赞新时代 颂歌献给党). Joining lines broken by a column
 * is left to segmentation, which knows where paragraphs and headlines are.
 *
 * The lines are read through {@link foldTraditional}: Traditional characters come out Simplified,
 * one code unit for one, so that every later stage reads one script and offsets stay exact.
 *
 * @example
 * ```ts
 * repairLayout("今 年 ， 示 范 区\n").lines[0].text.text; // => "今年，示范区"
 * repairLayout("臺北市長").lines[0].text.text;            // => "台北市长"
 * ```
 */
export function repairLayout(input: string): RepairedPage {
  // The same length as the input: the lines are cut from it, with the input's offsets.
  const folded = foldTraditional(input);
  const diagnostics: Diagnostic[] = [];
  const out = new LineStoreBuilder(countLines(input));
  const tokens = lineTokens();
  let start = 0;
  let index = 0;
  const length = input.length;
  while (start <= length) {
    let end = start;
    while (end < length) {
      const c = input.charCodeAt(end);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      end++;
    }
    const last = end >= length;
    // \r\n is one break; the \n is the one that stands for it.
    const breakLength = !last && input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1;
    const span = repairLine(folded, start, end, last ? null : end + breakLength - 1, out, tokens);
    if (span) {
      diagnostics.push({ code: "letter-spacing-removed", severity: "info", message: `line ${index + 1}: spaces between letters removed`, span });
    }
    if (last) break;
    start = end + breakLength;
    index++;
  }
  return pageOfStore(input, out.finish(), diagnostics);
}

/** Physical lines in `input`: line breaks plus one, \r\n counting once. */
function countLines(input: string): number {
  let count = 1;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 13) {
      if (input.charCodeAt(i + 1) === 10) i++;
      count++;
    } else if (c === 10 || c === 0x2028 || c === 0x2029) count++;
  }
  return count;
}

/** The compact lines behind each page that repairLayout made. */
const stores = new WeakMap<RepairedPage, LineStore>();

/**
 * A page whose `lines` are made from the store on first read: segmentation reads the store, so
 * within `extract` the per-line objects are never built.
 */
function pageOfStore(input: string, store: LineStore, diagnostics: readonly Diagnostic[]): RepairedPage {
  let lines: readonly RepairedLine[] | undefined;
  const page: RepairedPage = {
    input,
    get lines() {
      return (lines ??= linesOf(store));
    },
    diagnostics,
  };
  stores.set(page, store);
  return page;
}

/** The lines of `page` in compact form. */
export function lineStoreOf(page: RepairedPage): LineStore {
  return stores.get(page) ?? storeOfLines(page.lines);
}

function linesOf(store: LineStore): RepairedLine[] {
  const lines: RepairedLine[] = [];
  // One buffer for every line's offsets, each line a view with its end offset after its text.
  const buffer = new Uint32Array(store.starts[store.count]! + store.count);
  let at = 0;
  for (let r = 0; r < store.count; r++) {
    const text = store.texts[r]!;
    const offsets = buffer.subarray(at, at + text.length + 1);
    at += text.length + 1;
    writeOffsets(store, r, store.starts[r]!, store.starts[r + 1]!, offsets, 0);
    offsets[text.length] = store.ends[r]!;
    const breakOffset = store.breaks[r]!;
    lines.push({ index: store.numbers?.[r] ?? r, text: { text, offsets }, width: textWidth(text), breakOffset: breakOffset < 0 ? null : breakOffset });
  }
  return lines;
}

export type { LineStore } from "./line-store.js";
