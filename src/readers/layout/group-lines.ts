import { centreY, right, unionRect } from "./rect.js";
import type { LayoutLine, LayoutWord } from "./types.js";

/**
 * A horizontal gap wider than this many ems may be the gutter between two columns whose lines
 * share a baseline (CSS columns leave one em); whether it is, the lines around it decide.
 */
const GUTTER_EMS = 0.8;
/** Type sizes within this ratio are one size (as group-blocks reads them). */
const SAME_SIZE = 0.12;
/** Between runs of different sizes, a gap this wide (in ems of the smaller) parts two columns. */
const TYPE_GAP_EMS = 0.3;
/** Words whose centres are this close (in ems of the first) share a baseline. */
const BASELINE_EMS = 0.4;

/**
 * Groups words into lines: words on one baseline, left to right, split where a gutter separates
 * two columns. Works on any order of words (a PDF's content stream need not follow the page).
 *
 * @example
 * ```ts
 * const w = (text: string, x: number, y: number) => ({ text, x, y, width: 10 * text.length, height: 10, size: 10, bold: false });
 * // Two rows of two columns: the gap at x 20–150 on both rows is a gutter.
 * groupLines([w("乙丙", 150, 0), w("甲", 0, 0), w("丁", 10, 0), w("戊己", 150, 12), w("庚辛", 0, 12)]).map((l) => l.words.map((x) => x.text).join(""));
 * // => ["甲丁", "乙丙", "庚辛", "戊己"]
 * ```
 */
export function groupLines(words: readonly LayoutWord[]): LayoutLine[] {
  const visible = words.filter((w) => w.text.trim() !== "" && w.width > 0 && w.height > 0);
  const byCentre = [...visible].sort((a, b) => centreY(a) - centreY(b) || a.x - b.x);
  const lines: LayoutLine[] = [];
  let row: LayoutWord[] = [];
  let rowCentre = 0;
  let rowSize = 0;
  for (const word of byCentre) {
    if (row.length > 0 && Math.abs(centreY(word) - rowCentre) > BASELINE_EMS * Math.min(rowSize, word.size)) {
      lines.push(...splitRow(row));
      row = [];
    }
    if (row.length === 0) {
      rowCentre = centreY(word);
      rowSize = word.size;
    }
    row.push(word);
  }
  if (row.length > 0) lines.push(...splitRow(row));
  return joinLoneGaps(lines, commonWidth(lines));
}

/**
 * The width most lines of the page are set to (a column's measure), from the pieces split at
 * wide gaps, in steps of a body em; 0 when no width is shared by several lines.
 */
function commonWidth(lines: readonly LayoutLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.width / line.size);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const line of lines) {
    const n = counts.get(Math.round(line.width / line.size))!;
    if (n > best) [best, width] = [n, line.width];
  }
  return best >= MIN_COMMON_LINES ? width : 0;
}

/** How far (in ems) above or below a gap the lines that confirm it as a gutter may be. */
const GUTTER_NEIGHBOUR_EMS = 3.5;
/** A gap this wide (in ems) is a gutter when a line near it starts or ends within LOOSE_EDGE_EMS of it. */
const WIDE_GAP_EMS = 1.4;
const LOOSE_EDGE_EMS = 1.5;
/** A narrower gap is a gutter only when lines near it both end and start within this of its edges. */
const STRICT_EDGE_EMS = 0.35;
/** Lines of one width that make it the page's column measure. */
const MIN_COMMON_LINES = 8;
/** A line this much wider than the column measure crosses a gutter. */
const OVER_MEASURE = 1.25;

/**
 * Joins again the pieces of a row split at a wide gap that no neighbouring lines confirm as a
 * gutter: a footer set with wide spaces (责任编辑：许文静    版式设计：何佳) or a justified line
 * (杭 州 西 湖 电子) is one line, while the gap between two columns has, above or below it, a line
 * ending at its left edge and a line starting at its right edge.
 */
function joinLoneGaps(lines: readonly LayoutLine[], measure: number): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && Math.abs(centreY(last) - centreY(line)) < 0.5 * Math.min(last.height, line.height) && line.x > right(last)) {
      // Two columns' lines on one baseline with nothing around to confirm the gutter (a credit set
      // flush right at the top of the next column): joined, they would be wider than a column.
      const overMeasure = measure > 0 && right(line) - last.x > OVER_MEASURE * measure && line.x - right(last) > WIDE_GAP_EMS * line.size;
      if (Math.abs(last.size - line.size) <= SAME_SIZE * Math.max(last.size, line.size) && !overMeasure && !isGutter(right(last), line.x, line, lines)) {
        out[out.length - 1] = toLine([...last.words, ...line.words]);
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

function isGutter(left: number, rightEdge: number, line: LayoutLine, lines: readonly LayoutLine[]): boolean {
  const reach = GUTTER_NEIGHBOUR_EMS * line.size;
  const wide = rightEdge - left > WIDE_GAP_EMS * line.size;
  const edge = (wide ? LOOSE_EDGE_EMS : STRICT_EDGE_EMS) * line.size;
  const near = (other: LayoutLine) => other !== line && Math.abs(centreY(other) - centreY(line)) > 0.5 * line.height && Math.abs(centreY(other) - centreY(line)) <= reach;
  let ends = false;
  let starts = false;
  // A short last line of a paragraph beside an indented first line (财政吃紧。 … 英国凯投宏观):
  // the lines around end and start inside the gap rather than at its edges.
  let endsInside = false;
  let startsInside = false;
  for (const other of lines) {
    if (!near(other)) continue;
    if (Math.abs(right(other) - left) <= edge) ends = true;
    if (Math.abs(other.x - rightEdge) <= edge) starts = true;
    if (right(other) >= left - edge && right(other) <= rightEdge) endsInside = true;
    if (other.x >= left && other.x <= rightEdge + edge) startsInside = true;
    if (wide ? ends || starts || (endsInside && startsInside) : ends && starts) return true;
  }
  return false;
}

/** One baseline's words, left to right, cut at gutters into lines. */
function splitRow(row: readonly LayoutWord[]): LayoutLine[] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const lines: LayoutLine[] = [];
  let current: LayoutWord[] = [];
  for (const word of sorted) {
    const last = current[current.length - 1];
    const gap = last ? word.x - right(last) : 0;
    // A change of type across a gap is two columns too: a side headline's subtitle beside the
    // first column of its story, 7 pt apart.
    const otherType = last !== undefined && Math.abs(last.size - word.size) > SAME_SIZE * Math.max(last.size, word.size) && gap > TYPE_GAP_EMS * Math.min(last.size, word.size);
    if (last && (gap > GUTTER_EMS * Math.max(last.size, word.size) || otherType)) {
      lines.push(toLine(current));
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) lines.push(toLine(current));
  return lines;
}

function toLine(words: readonly LayoutWord[]): LayoutLine {
  // The line's size is that of most of its characters: a bold lead-in does not make a headline.
  const weight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const w of words) {
    const size = Math.round(w.size * 4) / 4;
    weight.set(size, (weight.get(size) ?? 0) + w.text.length);
    chars += w.text.length;
    if (w.bold) boldChars += w.text.length;
  }
  let size = words[0]!.size;
  let best = -1;
  for (const [s, n] of weight) if (n > best) [size, best] = [s, n];
  return { ...unionRect(words), words, size, bold: boldChars * 2 > chars };
}
