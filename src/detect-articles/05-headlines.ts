import { concatMapped, type MappedText } from "../text/mapped-text.js";
import type { HeadlineSegment } from "../stage-types.js";
import type { Unit } from "./02-units.js";
import type { Region } from "./04-regions.js";

/** Which text region each headline region belongs to, and how it was printed. */
export interface HeadlineAttachment {
  readonly headline: number;
  readonly text: number;
  readonly position: "before" | "after";
}

/** A wrapped headline line reaches at least this share of the column. */
const WRAPPED_LINE = 0.85;

/**
 * Decides, for each headline group, whether it titles the text before it or after it. Pages
 * print headlines before their bodies, but PDF extraction often puts them after. The page's
 * direction is voted by how much of each headline's wording (Han bigrams) recurs in the text
 * on either side; each headline then takes the side the page reads in, or the other side where
 * that one is missing or already titled.
 */
export function attachHeadlines(regions: readonly Region[], units: readonly Unit[]): HeadlineAttachment[] {
  const textOf = (r: number) => regions[r]!.units.map((u) => units[u]!.joined).join("");
  const neighbours = regions.map((region, r) => {
    if (region.kind !== "headline") return null;
    const before = regions[r - 1]?.kind === "text" ? r - 1 : null;
    const after = regions[r + 1]?.kind === "text" ? r + 1 : null;
    const title = bigrams(textOf(r));
    const score = (t: number | null) => (t === null ? -1 : overlap(title, textOf(t)));
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

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\u3400-\u9fff]/gu, "");
  const set = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) set.add(han.slice(i, i + 2));
  return set;
}

/** Share of the headline's bigrams found in `text`. */
function overlap(title: Set<string>, text: string): number {
  if (title.size === 0) return 0;
  let found = 0;
  for (const gram of title) if (text.includes(gram)) found++;
  return found / title.size;
}

/**
 * Splits a headline group into kicker (引题), main title (主题) and subtitle (副题). Lines of one
 * block that wrap at the column edge are one part; two equally long short lines are a couplet
 * and one main title (高效集聚创新资源 / 助力产业上档升级). Of two parts the shorter first one is
 * the kicker, unless the second starts with a dash, which marks a subtitle.
 */
export function headlineParts(
  headlineUnits: readonly Unit[],
  columnWidth: number,
  position: "before" | "after",
): HeadlineSegment {
  const parts: MappedText[] = [];
  const lines: MappedText[] = [];
  for (const unit of headlineUnits) {
    const texts = unit.pieces.map((p) => p.text);
    lines.push(...texts);
    const merged: { text: MappedText; width: number; breakOffset: number | null }[] = [];
    for (const piece of unit.pieces) {
      const last = merged[merged.length - 1];
      if (last && columnWidth > 0 && last.width >= WRAPPED_LINE * columnWidth) {
        merged[merged.length - 1] = { text: concatMapped([last.text, piece.text]), width: last.width + piece.width, breakOffset: piece.breakOffset };
      } else merged.push({ text: piece.text, width: piece.width, breakOffset: piece.breakOffset });
    }
    const couplet = merged.length === 2 && merged[0]!.width === merged[1]!.width;
    if (couplet) parts.push(joinWithBreak(merged[0]!.text, merged[0]!.breakOffset, merged[1]!.text));
    else parts.push(...merged.map((m) => m.text));
  }
  const [kicker, main, subtitle] = assignParts(parts);
  return { kicker, main, subtitle, lines, position };
}

function assignParts(parts: readonly MappedText[]): [MappedText | null, MappedText | null, MappedText | null] {
  if (parts.length === 1) return [null, parts[0]!, null];
  if (parts.length === 2) {
    const [first, second] = parts as [MappedText, MappedText];
    const subtitleMark = /^[—–-]{1,2}/u.test(second.text);
    if (!subtitleMark && first.text.length < second.text.length) return [first, second, null];
    return [null, first, second];
  }
  const [kicker, main, ...rest] = parts as [MappedText, MappedText, ...MappedText[]];
  return [kicker, main, rest.length ? concatMapped(rest) : null];
}

/** Two lines of one part, with the original line break between them (read as a space). */
function joinWithBreak(first: MappedText, breakOffset: number | null, second: MappedText): MappedText {
  if (breakOffset === null) return concatMapped([first, second]);
  const separator: MappedText = { text: "\n", offsets: Uint32Array.of(breakOffset, breakOffset + 1) };
  return concatMapped([first, separator, second]);
}

export { joinWithBreak };
