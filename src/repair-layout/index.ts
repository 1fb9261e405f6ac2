import { toOriginalSpan, type MappedText } from "../text/mapped-text.js";
import type { Diagnostic } from "../types.js";
import { offsetPool, repairLine } from "./repair-line.js";
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
 * @example
 * ```ts
 * repairLayout("今 年 ， 示 范 区\n").lines[0].text.text; // => "今年，示范区"
 * ```
 */
export function repairLayout(input: string): RepairedPage {
  const lines: RepairedLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  let index = 0;
  const length = input.length;
  // Room for every kept character and one end offset per line of about 16 characters or more.
  const pool = offsetPool(length + (length >> 4) + 1);
  while (start <= length) {
    let end = start;
    while (end < length) {
      const c = input.charCodeAt(end);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      end++;
    }
    const { text, letterSpaced } = repairLine(input, start, end, pool);
    if (letterSpaced) {
      diagnostics.push({
        code: "letter-spacing-removed",
        severity: "info",
        message: `line ${index + 1}: spaces between letters removed`,
        span: toOriginalSpan(text, 0, text.text.length),
      });
    }
    if (end >= length) {
      lines.push({ index, text, width: textWidth(text.text), breakOffset: null });
      break;
    }
    // \r\n is one break; the \n is the one that stands for it.
    const breakLength = input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1;
    lines.push({ index, text, width: textWidth(text.text), breakOffset: end + breakLength - 1 });
    start = end + breakLength;
    index++;
  }
  return { input, lines, diagnostics };
}

export { repairLine, type RepairedLineText } from "./repair-line.js";
