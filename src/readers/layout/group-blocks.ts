import { bottom, unionRect, xOverlap } from "./rect.js";
import type { LayoutBlock, LayoutLine } from "./types.js";

/** Leading above which a line starts a new block, in ems of the line: ordinary leading is ≤ 0.7. */
const MAX_LEADING_EMS = 0.9;
/** Type sizes within this ratio are one size (rounding in the PDF, a bold face's metrics). */
const SAME_SIZE = 0.12;

/**
 * Stacks lines into blocks: a line joins the block directly above it in its column when the two
 * share type size and weight and are set with ordinary leading. The nearest line above that
 * overlaps it decides: a block never reaches over another line (a headline between two stories).
 *
 * @example
 * ```ts
 * const line = (y: number, size: number) => ({ x: 0, y, width: 100, height: size, size, bold: false, words: [] });
 * groupBlocks([line(0, 30), line(40, 10), line(54, 10)]).map((b) => b.lines.length); // => [1, 2]
 * ```
 */
export function groupBlocks(lines: readonly LayoutLine[]): LayoutBlock[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  const members: LayoutLine[][] = [];
  const blockOfLine = new Map<LayoutLine, number>();
  for (const line of sorted) {
    const above = nearestAbove(line, sorted, blockOfLine);
    const block = above === undefined ? undefined : blockOfLine.get(above);
    if (above !== undefined && block !== undefined && continues(above, line)) {
      members[block]!.push(line);
      blockOfLine.set(line, block);
    } else {
      blockOfLine.set(line, members.length);
      members.push([line]);
    }
  }
  return members.map((ls) => ({ ...unionRect(ls), lines: ls, size: ls[0]!.size, bold: ls[0]!.bold }));
}

/** The lowest already-placed line above `line` whose x range overlaps it. */
function nearestAbove(line: LayoutLine, sorted: readonly LayoutLine[], placed: ReadonlyMap<LayoutLine, number>): LayoutLine | undefined {
  let best: LayoutLine | undefined;
  for (const other of sorted) {
    if (other === line || !placed.has(other)) continue;
    if (other.y >= line.y || xOverlap(other, line) <= 0) continue;
    if (!best || bottom(other) > bottom(best)) best = other;
  }
  return best;
}

function continues(above: LayoutLine, line: LayoutLine): boolean {
  const size = Math.max(above.size, line.size);
  if (Math.abs(above.size - line.size) > SAME_SIZE * size) return false;
  if (above.bold !== line.bold) return false;
  const leading = line.y - bottom(above);
  if (leading > MAX_LEADING_EMS * size || leading < -0.5 * size) return false;
  // Same column: most of the narrower line lies under the other (a short last line of a paragraph too).
  return xOverlap(above, line) >= 0.5 * Math.min(above.width, line.width);
}
