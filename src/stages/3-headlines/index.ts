/**
 * Headlines: which headline block titles which article, and its kicker, main title and subtitle.
 * A step of article detection (`detectArticles` in ../2-articles runs it between cutting regions
 * and assembling the articles), kept in its own folder because it answers a question of its own.
 */
import type { LineStore } from "../1-repair-layout/line-store.js";
import { concatMapped, type MappedText } from "../../text/mapped-text.js";
import { ownBuffer, type AllocateOffsets } from "../../text/offset-arena.js";
import type { HeadlineSegment } from "../../contracts/stages.js";
import { pieceMapped, type PieceTable } from "../2-articles/01-pieces.js";
import type { Unit } from "../2-articles/02-units.js";
import type { Region } from "../2-articles/04-regions.js";
import { bigrams, overlaps } from "./title-overlap.js";
import { unitText } from "../2-articles/unit-text.js";
import { startsWithOneOf } from "../../text/char-sets.js";
import type { MarkerLexicon } from "../2-articles/markers.js";
import { headlineLineKind } from "./line-kinds.js";

/** Which text region each headline region belongs to, and how it was printed. */
export interface HeadlineAttachment {
  readonly headline: number;
  readonly text: number;
  readonly position: "before" | "after";
}

/** A wrapped headline line reaches at least this share of the column. */
const WRAPPED_LINE = 0.85;
/** A kicker line is shorter than this share of the main title after it. */
const KICKER_RATIO = 0.8;
/**
 * A headline takes the side whose text holds this much more of its bigrams (as a share of them)
 * than the other side's, against the page's direction (held-out training pages, plain kind:
 * article F1 0.639 with the page's direction alone, 0.664 with this; 0.2 to 0.4 gave the same).
 */
const LOCAL_MARGIN = 0.3;
/** Couplet lines are short: equal lines longer than this are one title wrapped at a fixed width. */
const COUPLET_LINE = 10;

/**
 * Decides, for each headline group, whether it titles the text before it or after it. Pages
 * print headlines before their bodies, but PDF extraction often puts them after. The page's
 * direction is voted by how much of each headline's wording (Han bigrams) recurs in the text
 * on either side; each headline then takes the side the page reads in, unless its own wording
 * says clearly otherwise, or the other side where that one is missing or already titled.
 */
export function attachHeadlines(regions: readonly Region[], units: readonly Unit[]): HeadlineAttachment[] {
  const n = regions.length;
  const isText = (r: number) => regions[r]?.kind === "text";
  // Only headlines with text on both sides vote; each text region is read once for the (at most
  // two) voting headlines beside it, rather than once for each.
  const titles = regions.map((region, r) =>
    region.kind === "headline" && isText(r - 1) && isText(r + 1) ? bigrams(region.units.map((u) => unitText(units[u]!)).join("")) : null,
  );
  const scoreBefore = new Float64Array(n);
  const scoreAfter = new Float64Array(n);
  const scores = new Float64Array(2);
  let longest = 0;
  for (const title of titles) longest = Math.max(longest, title?.index.size ?? 0);
  const seen = new Uint8Array(2 * longest);
  for (let t = 0; t < n; t++) {
    if (!isText(t)) continue;
    const titleAfter = titles[t + 1] ?? null;
    const titleBefore = titles[t - 1] ?? null;
    if (titleAfter === null && titleBefore === null) continue;
    overlaps(titleAfter, titleBefore, regions[t]!, units, scores, seen);
    scoreBefore[t + 1] = scores[0]!;
    if (t > 0) scoreAfter[t - 1] = scores[1]!;
  }
  let vote = 0;
  for (let r = 0; r < n; r++) if (titles[r] !== null) vote += scoreBefore[r]! - scoreAfter[r]!;
  const direction: "before" | "after" = vote > 0 ? "after" : "before";

  const taken = new Set<number>();
  const attachments: HeadlineAttachment[] = [];
  for (let r = 0; r < n; r++) {
    if (regions[r]!.kind !== "headline") continue;
    const before = isText(r - 1) ? r - 1 : null;
    const after = isText(r + 1) ? r + 1 : null;
    // A headline whose wording is clearly its neighbour's on one side takes that side whatever
    // the page's direction: pages print some headlines before and some after their bodies.
    const local = titles[r] !== null ? scoreBefore[r]! - scoreAfter[r]! : 0;
    const side = local > LOCAL_MARGIN ? "after" : local < -LOCAL_MARGIN ? "before" : direction;
    const preferred = side === "after" ? before : after;
    const other = side === "after" ? after : before;
    const target = preferred !== null && !taken.has(preferred) ? preferred : other !== null && !taken.has(other) ? other : null;
    if (target === null) continue;
    taken.add(target);
    attachments.push({ headline: r, text: target, position: target < r ? "after" : "before" });
  }
  return attachments;
}

/**
 * How a headline line relates to the next one in the same block. A dash opens a subtitle; a line
 * that fills the column wraps (示范区安排部署迎接第二轮 / 中央生态环境保护督察工作); two equally
 * long lines are a couplet (提升城市品质 / 建设宜居新区); a first line much shorter than the next is
 * a kicker (赛技能 促春耕 / 清河新区农民技能大赛开幕); otherwise the title wraps.
 */
function lineRelation(pieces: PieceTable, line: number, partWidth: number, next: number, columnWidth: number): "wrap" | "couplet" | "part" {
  if (startsWithOneOf(pieces.text[next]!, "—–-")) return "part";
  const lineWidth = pieces.width[line]!;
  const nextWidth = pieces.width[next]!;
  if (columnWidth > 0 && lineWidth >= WRAPPED_LINE * columnWidth) return "wrap";
  if (lineWidth === nextWidth && partWidth === lineWidth && lineWidth <= COUPLET_LINE) return "couplet";
  if (lineWidth < KICKER_RATIO * nextWidth) return "part";
  return "wrap";
}

/**
 * Splits a headline group into kicker (引题), main title (主题) and subtitle (副题). Lines of one
 * block that wrap at the column edge are one part; two equally long short lines are a couplet
 * and one main title (高效集聚创新资源 / 助力产业上档升级); see lineRelation. Of two parts the shorter first one is
 * the kicker, unless the second starts with a dash, which marks a subtitle. A byline under the
 * title (本报记者王明) takes the subtitle's place; a page header or photo credit the block took in
 * is left out (see headlineLineKind). Offsets come from `allocate` (one arena for the page's
 * headlines, see offsetArena).
 */
export function headlineParts(
  headlineUnits: readonly Unit[],
  columnWidth: number,
  position: "before" | "after",
  store: LineStore,
  lexicon: MarkerLexicon,
  allocate: AllocateOffsets = ownBuffer,
): HeadlineSegment {
  const parts: MappedText[] = [];
  const lines: MappedText[] = [];
  const bylines: MappedText[] = [];
  for (const unit of headlineUnits) {
    const { pieces, first, end } = unit;
    let text: MappedText | null = null;
    let part = -1;
    let width = 0;
    for (let piece = first; piece < end; piece++) {
      const kind = headlineLineKind(pieces.text[piece]!, lexicon);
      if (kind === "furniture") continue;
      const mapped = pieceMapped(store, pieces, piece, allocate);
      lines.push(mapped);
      if (kind === "byline") {
        // Before any title line, a byline belongs to the text above; after it, under the title.
        if (text !== null || parts.length > 0) bylines.push(mapped);
        else lines.pop();
        continue;
      }
      const relation = text === null ? "start" : lineRelation(pieces, part, width, piece, columnWidth);
      if (relation === "wrap") {
        text = concatMapped([text!, mapped], allocate);
        width += pieces.width[piece]!;
      } else if (relation === "couplet") {
        const breakOffset = pieces.breakOffset[part]!;
        text = joinWithBreak(text!, breakOffset < 0 ? null : breakOffset, mapped, allocate);
        width += pieces.width[piece]!;
      } else {
        if (text !== null) parts.push(text);
        text = mapped;
        width = pieces.width[piece]!;
      }
      part = piece;
    }
    if (text !== null) parts.push(text);
  }
  if (parts.length === 0) {
    // Nothing but bylines and furniture: the block's lines as they are, read as the main title.
    const all = lines.length ? lines : headlineUnits.flatMap((u) => Array.from({ length: u.end - u.first }, (_, i) => pieceMapped(store, u.pieces, u.first + i, allocate)));
    return { kicker: null, main: all.length === 1 ? all[0]! : concatMapped(all, allocate), subtitle: null, lines: all, position };
  }
  // Under a byline the subtitle's place is taken: two title parts are kicker and main title
  // (广场上的汽车一辆紧挨着一辆 / 香榭大街狂欢夜 / 本报驻法国记者果永毅).
  const dashed = parts.length === 2 && startsWithOneOf(parts[1]!.text, "—–-");
  let [kicker, main, subtitle] = bylines.length > 0 && parts.length === 2 && !dashed ? [parts[0]!, parts[1]!, null] : assignParts(parts, allocate);
  if (subtitle === null && bylines.length > 0) subtitle = bylines.length === 1 ? bylines[0]! : concatMapped(bylines, allocate);
  return { kicker, main, subtitle, lines, position };
}

function assignParts(parts: readonly MappedText[], allocate: AllocateOffsets): [MappedText | null, MappedText | null, MappedText | null] {
  if (parts.length === 1) return [null, parts[0]!, null];
  if (parts.length === 2) {
    const [first, second] = parts as [MappedText, MappedText];
    const subtitleMark = startsWithOneOf(second.text, "—–-");
    if (!subtitleMark && first.text.length < second.text.length) return [first, second, null];
    return [null, first, second];
  }
  const [kicker, main, ...rest] = parts as [MappedText, MappedText, ...MappedText[]];
  return [kicker, main, rest.length ? concatMapped(rest, allocate) : null];
}

/** Two lines of one part, with the original line break between them (read as a space). */
function joinWithBreak(first: MappedText, breakOffset: number | null, second: MappedText, allocate: AllocateOffsets = ownBuffer): MappedText {
  if (breakOffset === null) return concatMapped([first, second], allocate);
  const separator: MappedText = { text: "\n", offsets: Uint32Array.of(breakOffset, breakOffset + 1) };
  return concatMapped([first, separator, second], allocate);
}

export { joinWithBreak };
