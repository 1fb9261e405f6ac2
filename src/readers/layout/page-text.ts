import { blockFlows, type BlockFlow } from "./block-flow.js";
import { groupBlocks } from "./group-blocks.js";
import { groupLines } from "./group-lines.js";
import { isSimplified, normalizeChar } from "./normalize-chars.js";
import { orderBlocks } from "./order-blocks.js";
import { right } from "./rect.js";
import type { LayoutBlock, LayoutLine, LayoutWord, PageInfo, Rect } from "./types.js";

/** One printed line of the built text: where it is in the text and on the page. */
export interface TextLine extends Rect {
  readonly start: number;
  readonly end: number;
  readonly size: number;
  readonly bold: boolean;
  /** Index of the layout block, in reading order. */
  readonly block: number;
  /** How the line's block goes on from the block read before it. */
  readonly flow: BlockFlow;
  /** Left edge of the line right of its block's, in page units. */
  readonly indent: number;
}

/**
 * The plain text a reader built from a page, in reading order, with the geometry of every UTF-16
 * code unit so that any span of it can be drawn back on the page.
 */
export interface PageText {
  readonly text: string;
  readonly page: PageInfo;
  readonly lines: readonly TextLine[];
  /** The type size most characters are set in. */
  readonly bodySize: number;
  /** Per code unit of `text`: the index in `lines`, or -1 for the separators the builder added. */
  readonly charLine: Int32Array;
  readonly charLeft: Float64Array;
  readonly charRight: Float64Array;
}

/**
 * A gap wider than this many ems between two words of a line becomes a space in the text (a
 * full-width space between a credit word and a name, 本报记者　宋崇飞); narrower gaps between two
 * Han characters are the glyphs' side bearings (OCR boxes) and not spaces.
 */
const SPACE_EMS = 0.8;
/** Beside a Latin letter or digit, a narrower gap is already a space (Hello world). */
const LATIN_SPACE_EMS = 0.2;

/**
 * Lays out a page's words (in any order) and writes them as plain text in reading order: a line
 * per printed line, a blank line between blocks, as pdftotext would, so that the text goes through
 * the same pipeline as any other page.
 *
 * @example
 * ```ts
 * const w = (text: string, x: number, y: number, size = 10) => ({ text, x, y, width: size * text.length, height: size, size, bold: false });
 * const page = { number: 1, width: 300, height: 300, unit: "pt" as const };
 * const column = (x: number, name: string) => [1, 2, 3].map((n) => w(`${name}${n}行`, x, 38 + 12 * n));
 * buildPageText([...column(160, "乙栏"), ...column(0, "甲栏"), w("标题", 0, 0, 30)], page).text;
 * // => "标题\n\n甲栏1行\n甲栏2行\n甲栏3行\n\n乙栏1行\n乙栏2行\n乙栏3行\n"
 * ```
 */
export function buildPageText(words: readonly LayoutWord[], page: PageInfo): PageText {
  const blocks = groupBlocks(groupLines(words));
  const order = orderBlocks(blocks);
  const body = bodySize(blocks);
  const flows = blockFlows(
    order.map((b) => blocks[b]!),
    body,
  );
  const parts: string[] = [];
  const lineOf: number[] = [];
  const lefts: number[] = [];
  const rights: number[] = [];
  const lines: TextLine[] = [];
  let length = 0;
  const simplified = isSimplified(words.map((w) => w.text).join(""));
  const push = (text: string, line: number, left: number, rightEdge: number) => {
    parts.push(text);
    for (let k = 0; k < text.length; k++) {
      lineOf.push(line);
      lefts.push(left);
      rights.push(rightEdge);
    }
    length += text.length;
  };
  order.forEach((b, readingIndex) => {
    const block = blocks[b]!;
    if (readingIndex > 0) push("\n", -1, 0, 0);
    for (const line of block.lines) {
      const start = length;
      writeLine(line, lines.length, simplified, push);
      lines.push({ x: line.x, y: line.y, width: line.width, height: line.height, start, end: length, size: line.size, bold: line.bold, block: readingIndex, flow: flows[readingIndex]!, indent: line.x - block.x });
      push("\n", -1, 0, 0);
    }
  });
  return {
    text: parts.join(""),
    page,
    lines,
    bodySize: body,
    charLine: Int32Array.from(lineOf),
    charLeft: Float64Array.from(lefts),
    charRight: Float64Array.from(rights),
  };
}

function writeLine(line: LayoutLine, index: number, simplified: boolean, push: (text: string, line: number, left: number, right: number) => void): void {
  let previous: LayoutWord | undefined;
  for (const word of line.words) {
    const gap = previous ? (word.x - right(previous)) / Math.max(word.size, previous.size) : 0;
    if (previous && (gap > SPACE_EMS || (gap > LATIN_SPACE_EMS && /[A-Za-z0-9]$/.test(previous.text.trim()) && /^[A-Za-z0-9]/.test(word.text.trim())))) {
      push(" ", index, right(previous), word.x);
    }
    const chars = [...word.text.trim()];
    const widths = chars.map(advance);
    const total = widths.reduce((s, w) => s + w, 0) || 1;
    let x = word.x;
    chars.forEach((char, k) => {
      const next = x + (word.width * widths[k]!) / total;
      push(normalizeChar(char, simplified), index, x, next);
      x = next;
    });
    previous = word;
  }
}

/**
 * Relative advance of a character: half an em for ASCII and half-width forms, a full em for the
 * rest (Han, and the quotes and dashes a CJK font sets full width: “”—).
 */
function advance(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
}

function bodySize(blocks: readonly LayoutBlock[]): number {
  const chars = new Map<number, number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      const n = line.words.reduce((s, w) => s + w.text.length, 0);
      chars.set(line.size, (chars.get(line.size) ?? 0) + n);
    }
  }
  let size = 0;
  let best = -1;
  for (const [s, n] of chars) if (n > best || (n === best && s < size)) [size, best] = [s, n];
  return size;
}
