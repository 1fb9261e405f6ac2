/**
 * Line tags from what a page reader knows of the printed lines (options.layout: type size
 * relative to the body, weight, layout block), for pages read from a PDF or an OCR file. The
 * type says what the text alone can only guess: a headline is set larger (and mostly bold) as a
 * block of its own, a kicker or subtitle in type between it and the body just above or below it,
 * a subhead in bold body type inside a story, a photo caption in smaller type on its own. Where
 * the type says nothing (a body block after another), the text's own cues decide: an opener
 * (本报讯) starts an article, page furniture stays furniture.
 */
import type { LineHint, PageLayout } from "../../contracts/options.js";
import type { LineStore } from "../1-repair-layout/line-store.js";
import { lineHintAt } from "../../text/line-hint-at.js";
import { pieceOffset, type PieceTable } from "./01-pieces.js";
import type { RuleReading } from "./labeller/index.js";
import { TAGS } from "./labeller/model.js";

const F = TAGS.indexOf("F");
const K = TAGS.indexOf("K");
const M = TAGS.indexOf("M");
const T = TAGS.indexOf("T");
const B = TAGS.indexOf("B");
const I = TAGS.indexOf("I");
const S = TAGS.indexOf("S");

/** Type this much larger than the body's is a headline's (a main title). */
const MAIN_SIZE = 1.3;
/** …or this much larger and bold. */
const BOLD_MAIN_SIZE = 1.15;
/** Type larger than the body by this much, next to a main title, is a kicker's or a subtitle's. */
const DECK_SIZE = 1.03;
/** A headline-sized block under this share of the next one's type is its kicker or subtitle. */
const DECK_RATIO = 0.75;
/** A kicker or subtitle runs to at most this many lines. */
const DECK_LINES = 3;
/** Bold type within this ratio of the body's is a subhead's; smaller bold type is a box's label. */
const SUBHEAD_SIZE = 0.97;
/** A subhead runs to at most this many lines. */
const SUBHEAD_LINES = 2;
/** Type smaller than the body's by this much, in a block of its own, is a caption's. */
const CAPTION_SIZE = 0.95;
/** A first line set this far in (in ems of the body) begins a paragraph. */
const INDENT_EMS = 1.5;
/** A piece that ends a sentence (or a bracketed credit): what may come before a new story. */
const SENTENCE_END = /[。！？!?…”」』）)］\]]\s*$/;

/** What one layout block is, by its type. */
type BlockKind = "main" | "deck" | "subhead" | "label" | "box" | "caption" | "margin" | "body";

interface HintedBlock {
  /** Pieces first..end-1. */
  readonly first: number;
  readonly end: number;
  readonly hint: LineHint;
  kind: BlockKind;
  /** A caption's second part, in the next column. */
  continues?: boolean;
}

/**
 * A page header or footer line: smaller type than the body's, one or two lines, not indented
 * (a two-line photo caption at the top of the page begins a paragraph).
 */
const MARGIN_LINES = 2;
const isMargin = (block: HintedBlock) => block.kind === "caption" && block.end - block.first <= MARGIN_LINES && (block.hint.indent ?? 0) < INDENT_EMS;

/**
 * The tags of a page's pieces read from its layout hints, or null when the hints do not cover
 * the page (then the text-only reading stands). `fallback` is the text-only reading, whose
 * furniture the hints keep.
 *
 * @example
 * ```ts
 * const tags = layoutTags(pieces, store, { lines: hints }, reading, merged);
 * // a 2.4× bold line over body blocks: M, then B, I, I …
 * ```
 */
export function layoutTags(pieces: PieceTable, store: LineStore, layout: PageLayout, reading: RuleReading, fallback: Uint8Array): Uint8Array | null {
  if (pieces.count === 0 || layout.lines.length === 0) return null;
  const blocks = hintedBlocks(pieces, store, layout.lines);
  if (blocks === null) return null;
  classify(blocks, pieces);
  const tags = new Uint8Array(pieces.count).fill(I);
  let previous: HintedBlock | undefined;
  let bodySinceHeadline = true;
  blocks.forEach((block, b) => {
    const next = blocks[b + 1];
    let tag: number;
    switch (block.kind) {
      case "main":
        tag = M;
        break;
      case "deck":
        // Before the main title it introduces, a kicker; after it, a subtitle.
        tag = next?.kind === "main" ? K : T;
        break;
      case "subhead":
        tag = S;
        break;
      case "margin":
        tag = F;
        break;
      default:
        tag = I;
    }
    tags.fill(tag, block.first, block.end);
    if (tag === I && block.kind !== "box") {
      // An article starts after a headline, at a caption and after it, at an opener (本报讯).
      const afterHeadline = previous !== undefined && (previous.kind === "main" || previous.kind === "deck");
      const caption = block.kind === "caption" && !block.continues;
      const afterCaption = previous?.kind === "caption" && block.kind !== "caption";
      // An opener under a headline and its 核心阅读 box opens that headline's story, not another;
      // nor does one further down the same column (本报香港１月２日电 in a story from two cities).
      const opener = reading.roles[reading.unitOf[block.first]!] === "opener" && bodySinceHeadline && block.hint.flow !== "column";
      if (afterHeadline || caption || afterCaption || opener || (bodySinceHeadline && newStory(block, previous, pieces)) || previous === undefined || previous.kind === "margin") tags[block.first] = B;
    }
    if (block.kind === "main" || block.kind === "deck") bodySinceHeadline = false;
    else if (block.kind === "body" || block.kind === "caption") bodySinceHeadline = true;
    // Furniture (a page header, an editor's line) as the text reads it, where the type is the body's or smaller.
    if (tag === I) for (let p = block.first; p < block.end; p++) if (fallback[p] === F) tags[p] = F;
    previous = block;
  });
  return tags;
}

/**
 * A story without a headline beside or under another: body text in a new flow (not down the
 * column, nor at the top of the next one: the next story of a row, the first of the next row)
 * that begins a paragraph, after a body block that ended a sentence (a 核心阅读 box between a
 * headline and its story is not one).
 */
function newStory(block: HintedBlock, previous: HintedBlock | undefined, pieces: PieceTable): boolean {
  if (block.kind !== "body" || block.hint.flow !== "new" || previous?.kind !== "body") return false;
  return (block.hint.indent ?? 0) >= INDENT_EMS && SENTENCE_END.test(pieces.text[block.first - 1] ?? "");
}

/** Consecutive pieces of one layout block, each with the hint of its first line; null if a piece has no hint. */
function hintedBlocks(pieces: PieceTable, store: LineStore, hints: readonly LineHint[]): HintedBlock[] | null {
  const blocks: HintedBlock[] = [];
  let current: { first: number; hint: LineHint } | undefined;
  for (let p = 0; p < pieces.count; p++) {
    const hint = lineHintAt(hints, pieceOffset(store, pieces, p, 0));
    if (hint === undefined) return null;
    if (current && current.hint.block === hint.block) continue;
    if (current) blocks.push({ first: current.first, end: p, hint: current.hint, kind: "body" });
    current = { first: p, hint };
  }
  if (current) blocks.push({ first: current.first, end: pieces.count, hint: current.hint, kind: "body" });
  return blocks;
}

/** A caption closes with its photographer (新华社记者X摄, X摄（新华社发）) or a sentence's end. */
const CAPTION_END = /(?:摄|[。！？）)])\s*$/;

function classify(blocks: HintedBlock[], pieces: PieceTable): void {
  for (const block of blocks) {
    const { size, bold } = block.hint;
    const lines = block.end - block.first;
    if (size >= MAIN_SIZE || (bold && size >= BOLD_MAIN_SIZE)) block.kind = "main";
    else if (bold && size >= SUBHEAD_SIZE && lines <= SUBHEAD_LINES) block.kind = "subhead";
    else if (bold && lines <= SUBHEAD_LINES) block.kind = "label";
    else if (size < CAPTION_SIZE) block.kind = "caption";
  }
  // Small type under a bold label (核心阅读, 链接) is the text of a box in the story, not a caption,
  // when it goes on down the column or at the top of the next (a caption elsewhere on the page,
  // read after the box, is one); a caption that runs on into the next column goes on in a block
  // of the same type.
  // Small one- or two-line blocks before everything else or after it: the page's header and footer.
  for (let b = 0; b < blocks.length && isMargin(blocks[b]!); b++) blocks[b]!.kind = "margin";
  for (let b = blocks.length - 1; b > 0 && isMargin(blocks[b]!); b--) blocks[b]!.kind = "margin";
  blocks.forEach((block, b) => {
    const previous = blocks[b - 1];
    if (block.kind !== "caption" || previous === undefined) return;
    if ((previous.kind === "label" || previous.kind === "box") && block.hint.flow !== "new") block.kind = "box";
    else if (previous.kind === "caption" && !CAPTION_END.test(pieces.text[previous.end - 1]!)) block.continues = true;
  });
  // Of two headline blocks one over the other, the one in clearly smaller type is the larger's
  // kicker or subtitle (春耕时节看田间 in bold 18 pt over 十万亩良田开犁播种 in 34 pt).
  blocks.forEach((block, b) => {
    if (block.kind !== "main") return;
    const bigger = [blocks[b - 1], blocks[b + 1]].some((n) => n?.kind === "main" && block.hint.size < DECK_RATIO * n.hint.size);
    if (bigger && block.end - block.first <= DECK_LINES) block.kind = "deck";
  });
  // A kicker or subtitle: larger than the body, short, right before or after a main title.
  blocks.forEach((block, b) => {
    if (block.kind !== "body" && block.kind !== "subhead") return;
    const lines = block.end - block.first;
    if (block.hint.size < DECK_SIZE || lines > DECK_LINES) return;
    if (blocks[b + 1]?.kind === "main" || blocks[b - 1]?.kind === "main") block.kind = "deck";
  });
}
