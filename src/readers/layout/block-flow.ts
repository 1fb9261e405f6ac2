import { bottom, right, xOverlap } from "./rect.js";
import type { LayoutBlock } from "./types.js";

/**
 * How a block, read after another, goes on from it: down the same column, at the top of the
 * next column of the same run of columns, or somewhere else (a new flow of text: the next
 * story of a row, or the first of the next row).
 */
export type BlockFlow = "column" | "next-column" | "new";

/** Type this much larger than the body's is a headline's: it heads columns, it is not one. */
const HEADLINE_SIZE = 1.15;
/** Free space (in ems of the body) under a block that a block below it in its column may leave. */
const COLUMN_GAP_EMS = 2;
/** The widest gutter (in ems of the body) between two columns of one run. */
const GUTTER_EMS = 4;
/** How far (in ems of the body) the top of a next column may lie from the top of the column before. */
const TOP_EMS = 1;

/**
 * The flow of each block of `blocks` (in reading order) from the block before it. The first
 * block, and one read after a headline, are "new" unless they lie under it in its column.
 * A column's top is the top of the run of body blocks stacked in it, so that the second column
 * of a story, set level with the first under their headline, is its "next-column"; a story
 * beside it that starts higher (at the top of the row, the neighbour's headline's height above)
 * or lower is "new".
 *
 * @example
 * ```ts
 * const b = (x: number, y: number, height: number) => ({ x, y, width: 100, height, size: 10, bold: false, lines: [] });
 * blockFlows([b(0, 50, 200), b(110, 50, 200), b(0, 300, 100)], 10); // => ["new", "next-column", "new"]
 * ```
 */
export function blockFlows(blocks: readonly LayoutBlock[], bodySize: number): BlockFlow[] {
  const em = bodySize > 0 ? bodySize : 1;
  const columnTop: number[] = [];
  const flows: BlockFlow[] = [];
  blocks.forEach((block, k) => {
    const previous = blocks[k - 1];
    const under = previous !== undefined && isUnder(previous, block, em);
    // A headline over the column is not the column's top: the text under it is.
    columnTop[k] = under && previous.size <= HEADLINE_SIZE * em ? columnTop[k - 1]! : block.y;
    if (previous === undefined) flows.push("new");
    else if (under) flows.push("column");
    else if (block.x >= right(previous) - 1 && block.x - right(previous) <= GUTTER_EMS * em && Math.abs(block.y - columnTop[k - 1]!) <= TOP_EMS * em) flows.push("next-column");
    else flows.push("new");
  });
  return flows;
}

/** `block` lies right under `above` in its column. */
function isUnder(above: LayoutBlock, block: LayoutBlock, em: number): boolean {
  const narrower = Math.min(above.width, block.width);
  return xOverlap(above, block) >= 0.5 * narrower && block.y >= bottom(above) - 1 && block.y - bottom(above) <= COLUMN_GAP_EMS * em;
}
