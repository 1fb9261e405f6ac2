import type { LineStore } from "../repair-layout/line-store.js";
import { concatMapped, type MappedText } from "../text/mapped-text.js";
import { ownBuffer, type AllocateOffsets } from "../text/offset-arena.js";
import type { HeadlineSegment } from "../stage-types.js";
import { pieceMapped, type PieceTable } from "./01-pieces.js";
import type { Unit } from "./02-units.js";
import type { Region } from "./04-regions.js";
import { HAN_FIRST, HAN_LAST, hanPair } from "./han-pair.js";
import { unitText } from "./unit-text.js";

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
/** Couplet lines are short: equal lines longer than this are one title wrapped at a fixed width. */
const COUPLET_LINE = 10;

/**
 * Decides, for each headline group, whether it titles the text before it or after it. Pages
 * print headlines before their bodies, but PDF extraction often puts them after. The page's
 * direction is voted by how much of each headline's wording (Han bigrams) recurs in the text
 * on either side; each headline then takes the side the page reads in, or the other side where
 * that one is missing or already titled.
 */
export function attachHeadlines(regions: readonly Region[], units: readonly Unit[]): HeadlineAttachment[] {
  const neighbours = regions.map((region, r) => {
    if (region.kind !== "headline") return null;
    const before = regions[r - 1]?.kind === "text" ? r - 1 : null;
    const after = regions[r + 1]?.kind === "text" ? r + 1 : null;
    const title = bigrams(region.units.map((u) => unitText(units[u]!)).join(""));
    const score = (t: number | null) => (t === null ? -1 : overlap(title, regions[t]!, units));
    return { r, before, after, scoreBefore: score(before), scoreAfter: score(after) };
  });
  let vote = 0;
  for (const n of neighbours) if (n && n.before !== null && n.after !== null) vote += n.scoreBefore - n.scoreAfter;
  const direction: "before" | "after" = vote > 0 ? "after" : "before";

  const taken = new Set<number>();
  const attachments: HeadlineAttachment[] = [];
  for (const n of neighbours) {
    if (!n) continue;
    const preferred = direction === "after" ? n.before : n.after;
    const other = direction === "after" ? n.after : n.before;
    const target = preferred !== null && !taken.has(preferred) ? preferred : other !== null && !taken.has(other) ? other : null;
    if (target === null) continue;
    taken.add(target);
    attachments.push({ headline: n.r, text: target, position: target < n.r ? "after" : "before" });
  }
  return attachments;
}

/** The distinct pairs of consecutive Han characters in `text`, other characters left out (see hanPair). */
function bigrams(text: string): Set<number> {
  const han = text.replace(/[^\u3400-\u9fff]/gu, "");
  const set = new Set<number>();
  for (let i = 0; i + 1 < han.length; i++) set.add(hanPair(han.charCodeAt(i), han.charCodeAt(i + 1)));
  return set;
}

/** Marks the first and the second characters of the title's bigrams being scored; cleared after each. */
const titleFirst = new Uint8Array(0x10000);
const titleSecond = new Uint8Array(0x10000);

/**
 * Share of the headline's bigrams found in the region's text (its units' text joined), read
 * piece by piece: joining each article's text to search it cost a copy of the page.
 */
function overlap(title: ReadonlySet<number>, region: Region, units: readonly Unit[]): number {
  if (title.size === 0) return 0;
  const marked: number[] = [];
  for (const pair of title) {
    const first = Math.floor(pair / (HAN_LAST - HAN_FIRST + 1)) + HAN_FIRST;
    const second = (pair % (HAN_LAST - HAN_FIRST + 1)) + HAN_FIRST;
    titleFirst[first] = 1;
    titleSecond[second] = 1;
    marked.push(first, second);
  }
  const found = new Set<number>();
  let previous = 0;
  scan: for (const u of region.units) {
    const unit = units[u]!;
    for (let p = unit.first; p < unit.end; p++) {
      const text = unit.pieces.text[p]!;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (titleFirst[previous] === 1 && titleSecond[code] === 1) {
          const pair = hanPair(previous, code);
          if (title.has(pair)) {
            found.add(pair);
            if (found.size === title.size) break scan;
          }
        }
        previous = code;
      }
    }
  }
  for (const code of marked) titleFirst[code] = titleSecond[code] = 0;
  return found.size / title.size;
}

/**
 * How a headline line relates to the next one in the same block. A dash opens a subtitle; a line
 * that fills the column wraps (示范区安排部署迎接第二轮 / 中央生态环境保护督察工作); two equally
 * long lines are a couplet (提升城市品质 / 建设宜居新区); a first line much shorter than the next is
 * a kicker (赛技能 促春耕 / 清河新区农民技能大赛开幕); otherwise the title wraps.
 */
function lineRelation(pieces: PieceTable, line: number, partWidth: number, next: number, columnWidth: number): "wrap" | "couplet" | "part" {
  if (/^[—–-]{1,2}/u.test(pieces.text[next]!)) return "part";
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
 * the kicker, unless the second starts with a dash, which marks a subtitle. Offsets come from
 * `allocate` (one arena for the page's headlines, see offsetArena).
 */
export function headlineParts(
  headlineUnits: readonly Unit[],
  columnWidth: number,
  position: "before" | "after",
  store: LineStore,
  allocate: AllocateOffsets = ownBuffer,
): HeadlineSegment {
  const parts: MappedText[] = [];
  const lines: MappedText[] = [];
  for (const unit of headlineUnits) {
    const { pieces, first, end } = unit;
    const mapped: MappedText[] = [];
    for (let p = first; p < end; p++) mapped.push(pieceMapped(store, pieces, p, allocate));
    lines.push(...mapped);
    let part = first;
    let text = mapped[0]!;
    let width = pieces.width[first]!;
    for (let piece = first + 1; piece < end; piece++) {
      const i = piece - first;
      const relation = lineRelation(pieces, part, width, piece, columnWidth);
      if (relation === "wrap") {
        text = concatMapped([text, mapped[i]!], allocate);
        width += pieces.width[piece]!;
      } else if (relation === "couplet") {
        const breakOffset = pieces.breakOffset[part]!;
        text = joinWithBreak(text, breakOffset < 0 ? null : breakOffset, mapped[i]!, allocate);
        width += pieces.width[piece]!;
      } else {
        parts.push(text);
        text = mapped[i]!;
        width = pieces.width[piece]!;
      }
      part = piece;
    }
    parts.push(text);
  }
  const [kicker, main, subtitle] = assignParts(parts, allocate);
  return { kicker, main, subtitle, lines, position };
}

function assignParts(parts: readonly MappedText[], allocate: AllocateOffsets): [MappedText | null, MappedText | null, MappedText | null] {
  if (parts.length === 1) return [null, parts[0]!, null];
  if (parts.length === 2) {
    const [first, second] = parts as [MappedText, MappedText];
    const subtitleMark = /^[—–-]{1,2}/u.test(second.text);
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
