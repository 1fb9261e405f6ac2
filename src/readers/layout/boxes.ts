import type { PageText } from "./page-text.js";
import { unionRect } from "./rect.js";
import type { Rect } from "./types.js";

/** A rectangle on a numbered page: what a caller draws to show an entity. */
export interface PageBox extends Rect {
  readonly page: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

function toBox(page: number, r: Rect): PageBox {
  return { page, x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) };
}

/**
 * The rectangles covering `text.slice(start, end)` on the page: one per printed line the span
 * touches, from its first to its last character on that line.
 *
 * @example
 * ```ts
 * // "韩东升" inside a line that starts at x = 100, 10-point type.
 * spanBoxes(pageText, 5, 8); // => [{ page: 1, x: 150, y: 40, width: 30, height: 10 }]
 * ```
 */
export function spanBoxes(text: PageText, start: number, end: number): PageBox[] {
  const boxes: PageBox[] = [];
  let line = -1;
  let left = 0;
  let rightEdge = 0;
  const flush = () => {
    if (line < 0) return;
    const l = text.lines[line]!;
    boxes.push(toBox(text.page.number, { x: left, y: l.y, width: rightEdge - left, height: l.height }));
  };
  for (let i = Math.max(0, start); i < Math.min(end, text.charLine.length); i++) {
    const at = text.charLine[i]!;
    if (at < 0 || /\s/.test(text.text[i]!)) continue;
    if (at !== line) {
      flush();
      line = at;
      left = text.charLeft[i]!;
    }
    rightEdge = text.charRight[i]!;
  }
  flush();
  return boxes;
}

/**
 * The outline of a long span such as an article: one rectangle per layout block it touches,
 * around the block's lines that the span reaches.
 *
 * @example
 * ```ts
 * blockBoxes(pageText, article.span.start, article.span.end); // => one box per column piece
 * ```
 */
export function blockBoxes(text: PageText, start: number, end: number): PageBox[] {
  const byBlock = new Map<number, Rect[]>();
  for (const line of text.lines) {
    if (line.end <= start || line.start >= end) continue;
    const rects = byBlock.get(line.block) ?? [];
    rects.push(line);
    byBlock.set(line.block, rects);
  }
  return [...byBlock.values()].map((rects) => toBox(text.page.number, unionRect(rects)));
}
