import { bottom, median, right, xOverlap } from "./rect.js";
import type { Rect } from "./types.js";

/** A block's rectangle and its type size. */
export interface SizedRect extends Rect {
  readonly size: number;
}

/** Overlaps narrower than this (in page units) are touching edges, not shared columns. */
const TOUCH = 1;

/**
 * Puts blocks in reading order from their geometry alone (T. Breuel, "High performance document
 * layout analysis", 2003): `a` comes before `b` when
 * 1. their x ranges overlap and `a` is above `b` (one column, or a headline over its columns), or
 * 2. `a` lies wholly left of `b` and no block lying vertically between them spans both
 *    (a headline across the page closes the columns above it before the ones below start).
 * The partial order is walked top-first, left-first among the blocks that are free; a cycle
 * (which these rules should not make) is broken the same way rather than dropping blocks.
 * Returns the indexes of `blocks` in reading order.
 *
 * @example
 * ```ts
 * // Two columns under a headline across both, given in the wrong order.
 * const r = (x: number, y: number, width: number, height: number) => ({ x, y, width, height, size: 10 });
 * orderBlocks([r(110, 50, 100, 200), r(0, 50, 100, 200), r(0, 0, 210, 40)]); // => [2, 1, 0]
 * ```
 */
export function orderBlocks(given: readonly SizedRect[]): number[] {
  const { head, middle, foot } = peelMargins(given);
  const pageMiddle = given.length ? (Math.min(...given.map((b) => b.x)) + Math.max(...given.map(right))) / 2 : 0;
  const inBands = middle.flatMap((band) => orderByColumns(band.map((i) => given[i]!), pageMiddle).map((k) => band[k]!));
  return [...head, ...inBands, ...foot];
}

/** A band at the top or bottom of the page no taller than this share of the page's text is a header or footer. */
const MARGIN_SHARE = 0.08;
/** The free space (in ems) that sets a band (a row of stories, a header, a footer) apart. */
const MARGIN_GAP_EMS = 1;
/** Type this much larger than the body's is a headline's. */
const HEADLINE_SIZE = 1.15;

/**
 * Cuts the page into bands at free horizontal space across the whole page, read top to bottom:
 * the rows of stories a page stacks (a centred headline over the lower row does not span its
 * first column, so the column rules alone would read that column before the upper row's last).
 * Page headers and footers (清河日报 2026年3月21日 第3版, 责任编辑：许文静) are the thin bands at
 * the top and bottom: read first or last whatever their x.
 */
function peelMargins(blocks: readonly SizedRect[]): { head: number[]; middle: number[][]; foot: number[] } {
  const byTop = blocks.map((_, i) => i).sort((a, b) => blocks[a]!.y - blocks[b]!.y || blocks[a]!.x - blocks[b]!.x);
  if (byTop.length < 3) return { head: [], middle: [byTop], foot: [] };
  const top = blocks[byTop[0]!]!.y;
  const end = Math.max(...blocks.map(bottom));
  const limit = MARGIN_SHARE * (end - top);
  // Bands: runs of blocks (by top) with no free horizontal space between them.
  const bands: number[][] = [];
  let reach = -Infinity;
  const body = median(blocks.map((b) => b.size));
  // A headline ends no band: it stands over what follows (城东社区开设老年食堂 over its column).
  const headlineAbove = (band: readonly number[]) =>
    band.some((k) => blocks[k]!.size > HEADLINE_SIZE * body && reach - bottom(blocks[k]!) <= 1.5 * blocks[k]!.size);
  for (const i of byTop) {
    const b = blocks[i]!;
    const current = bands[bands.length - 1];
    // In ems of the body type: a headline's own em would close the gap under a row of stories.
    if (!current || (b.y - reach > MARGIN_GAP_EMS * Math.min(b.size, body) && !headlineAbove(current))) bands.push([]);
    bands[bands.length - 1]!.push(i);
    reach = Math.max(reach, bottom(b));
  }
  const span = (band: readonly number[]) => Math.max(...band.map((i) => bottom(blocks[i]!))) - Math.min(...band.map((i) => blocks[i]!.y));
  let first = 0;
  let last = bands.length;
  while (first < last - 1 && span(bands[first]!) <= limit) first++;
  while (last - 1 > first && span(bands[last - 1]!) <= limit) last--;
  const leftToRight = (band: readonly number[]) => [...band].sort((a, b) => blocks[a]!.y - blocks[b]!.y || blocks[a]!.x - blocks[b]!.x);
  return {
    head: bands.slice(0, first).flatMap(leftToRight),
    middle: bands.slice(first, last),
    foot: bands.slice(last).flatMap(leftToRight),
  };
}

function orderByColumns(given: readonly SizedRect[], pageMiddle: number): number[] {
  const blocks = widenOverBlockBelow(given, pageMiddle);
  const n = blocks.length;
  const after: number[][] = Array.from({ length: n }, () => []);
  const pending = new Array<number>(n).fill(0);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a !== b && comesBefore(blocks, a, b)) {
        after[a]!.push(b);
        pending[b]!++;
      }
    }
  }
  const done = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  while (order.length < n) {
    let next = -1;
    for (let i = 0; i < n; i++) {
      if (done[i] || pending[i]! > 0) continue;
      if (next < 0 || readsFirst(blocks[i]!, blocks[next]!)) next = i;
    }
    if (next < 0) {
      // A cycle: take the top-left block still waiting.
      for (let i = 0; i < n; i++) if (!done[i] && (next < 0 || readsFirst(blocks[i]!, blocks[next]!))) next = i;
    }
    done[next] = true;
    order.push(next);
    for (const b of after[next]!) pending[b]!--;
  }
  return order;
}

/** A block this close below (in ems of a headline) is what the headline stands over. */
const OVER_GAP_EMS = 2;
/** Only short blocks (headlines, up to this many ems tall) stand over what is under them. */
const HEADLINE_EMS = 5;

/**
 * A short headline stands for the width of the text under it: 短评：春耕要抓早抓实 over a box
 * two columns wide belongs to those two columns, not to the first alone. Each block's x range is
 * widened to that of the block right under it, when that block starts where it starts, or to
 * the columns it is centred on (see widenCentred), whichever is wider: a centred subtitle
 * (——记者周明远) may happen to sit over one column of its story's five.
 */
function widenOverBlockBelow(blocks: readonly SizedRect[], pageMiddle: number): SizedRect[] {
  const body = median(blocks.map((b) => b.size));
  return blocks.map((a) => {
    if (a.height > HEADLINE_EMS * a.size) return a;
    let below: SizedRect | undefined;
    for (const b of blocks) {
      if (b === a || b.y < bottom(a) - 0.5 * a.size || xOverlap(a, b) <= TOUCH) continue;
      if (b.y - bottom(a) > OVER_GAP_EMS * a.size) continue;
      if (!below || b.y < below.y) below = b;
    }
    const centred = widenCentred(a, blocks, body, pageMiddle);
    if (!below || Math.abs(below.x - a.x) > 2 * a.size + TOUCH || right(below) <= right(a)) return centred;
    return centred.width > right(below) - a.x ? centred : { ...a, width: right(below) - a.x };
  });
}

/** How far under a centred headline (in ems of the body) the columns it stands over may start. */
const CENTRED_REACH_EMS = 6;
/** The widest gutter (in ems of the body) between two columns of one story. */
const GUTTER_EMS = 4;

/**
 * A centred headline stands over the columns under it that it is centred on: 南京：给特困户解决困难
 * set in the middle of five columns does not reach over the first and last, which must still be
 * read after it. The columns are those starting just under it with no other block between
 * (a neighbour's column has its own headline above it); the widest run of them, side by side,
 * whose middle is the headline's middle, gives the headline's width. A headline centred on the
 * page stands over the whole run of columns under it, from gutter to gutter, even where the
 * story fills only four of five columns and the run is not centred on it.
 */
function widenCentred(a: SizedRect, blocks: readonly SizedRect[], body: number, pageMiddle: number): SizedRect {
  const middle = a.x + a.width / 2;
  const tolerance = Math.max(body, 1);
  const centredOnA = (c: Rect) => Math.abs(c.x + c.width / 2 - middle) <= tolerance;
  const reach = bottom(a) + Math.max(OVER_GAP_EMS * a.size, CENTRED_REACH_EMS * body);
  const under = blocks.filter((b) => {
    if (b === a || b.y < bottom(a) - 0.5 * a.size || b.y > reach) return false;
    // Nothing between: a block beside a reaching over b (a neighbour's headline or column), unless
    // it is a's own subtitle (centred too). A block that starts under a is text under a itself
    // (the 核心阅读 label over its box).
    const beside = (c: Rect) => c.y < bottom(a) - 0.5 * a.size && bottom(c) > a.y + 0.5 * a.height;
    return !blocks.some((c) => c !== a && c !== b && !centredOnA(c) && xOverlap(c, b) > TOUCH && c.y < b.y && beside(c));
  });
  if (under.length === 0) return a;
  // Runs of overlapping x ranges: the columns.
  const spans: { x: number; right: number }[] = [];
  for (const b of [...under].sort((p, q) => p.x - q.x)) {
    const last = spans[spans.length - 1];
    if (last && b.x < last.right - TOUCH) last.right = Math.max(last.right, right(b));
    else spans.push({ x: b.x, right: right(b) });
  }
  let best: { x: number; right: number } | undefined;
  for (let i = 0; i < spans.length; i++) {
    for (let j = i; j < spans.length; j++) {
      const left = spans[i]!.x;
      const end = spans[j]!.right;
      if (left > middle || end < middle || Math.abs((left + end) / 2 - middle) > tolerance) continue;
      if (!best || end - left > best.right - best.x) best = { x: left, right: end };
    }
  }
  if (Math.abs(pageMiddle - middle) <= tolerance) {
    const run = adjacentRun(spans, a, GUTTER_EMS * tolerance);
    if (run && (!best || run.right - run.x > best.right - best.x)) best = run;
  }
  if (!best || best.right - best.x <= a.width) return a;
  return { ...a, x: best.x, width: best.right - best.x };
}

/** The spans (sorted by x) that overlap `a`, with their neighbours on either side up to a gutter of at most `gutter`. */
function adjacentRun(spans: readonly { x: number; right: number }[], a: Rect, gutter: number): { x: number; right: number } | undefined {
  const overlapping = spans.map((s, i) => (s.x < right(a) - TOUCH && s.right > a.x + TOUCH ? i : -1)).filter((i) => i >= 0);
  if (overlapping.length === 0) return undefined;
  let first = overlapping[0]!;
  let last = overlapping[overlapping.length - 1]!;
  while (first > 0 && spans[first]!.x - spans[first - 1]!.right <= gutter) first--;
  while (last < spans.length - 1 && spans[last + 1]!.x - spans[last]!.right <= gutter) last++;
  return { x: spans[first]!.x, right: Math.max(...spans.slice(first, last + 1).map((s) => s.right)) };
}

function comesBefore(blocks: readonly Rect[], i: number, j: number): boolean {
  const a = blocks[i]!;
  const b = blocks[j]!;
  if (xOverlap(a, b) > TOUCH) return bottom(a) <= b.y + 0.5 * Math.min(a.height, b.height) && a.y < b.y;
  if (right(a) > b.x + TOUCH) return false;
  const upper = a.y <= b.y ? a : b;
  const lower = upper === a ? b : a;
  for (let k = 0; k < blocks.length; k++) {
    if (k === i || k === j) continue;
    const c = blocks[k]!;
    const middle = c.y + c.height / 2;
    if (middle > bottom(upper) && middle < lower.y && xOverlap(c, a) > TOUCH && xOverlap(c, b) > TOUCH) return false;
  }
  return true;
}

function readsFirst(a: Rect, b: Rect): boolean {
  return a.y < b.y - 1e-6 || (Math.abs(a.y - b.y) <= 1e-6 && a.x < b.x);
}
