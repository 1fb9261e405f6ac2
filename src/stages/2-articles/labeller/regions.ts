/**
 * From line tags to the units and regions that the later steps read: a unit never spans two
 * tags' kinds (a headline line glued to its body is cut off it), a B line opens a new article
 * text, subheads are units of their own inside it, and F lines are page furniture.
 */
import type { PieceTable } from "../01-pieces.js";
import { makeUnit, type Unit } from "../02-units.js";
import type { Region } from "../04-regions.js";
import type { MarkerLexicon } from "../markers.js";
import { TAGS } from "./model.js";

const F = TAGS.indexOf("F");
const B = TAGS.indexOf("B");
const S = TAGS.indexOf("S");
/** K, M, T in the order they are printed. */
const headlineOrder = (t: number) => "KMT".indexOf(TAGS[t]!);
const isHeadlineTag = (t: number) => TAGS[t] === "K" || TAGS[t] === "M" || TAGS[t] === "T";

/** What the tags make of the page: units, regions, and which units are subheads. */
export interface TaggedLayout {
  readonly units: Unit[];
  readonly regions: Region[];
  /** Per unit: 1 for a subhead. */
  readonly subhead: Uint8Array;
  /** Per unit: the first piece's index (for tags and probabilities). */
  readonly firstPiece: Uint32Array;
}

/**
 * Cuts the pieces into units at the rule units' edges and wherever the tag's kind changes, then
 * groups units into regions.
 */
export function regionsFromTags(pieces: PieceTable, ruleUnitOf: Uint32Array, tags: Uint8Array, lexicon: MarkerLexicon): TaggedLayout {
  const units: Unit[] = [];
  const kindOf = (t: number) => (t === F ? 0 : isHeadlineTag(t) ? 1 : t === S ? 3 : 2);
  let start = 0;
  for (let p = 1; p <= pieces.count; p++) {
    const cut =
      p === pieces.count ||
      ruleUnitOf[p] !== ruleUnitOf[p - 1] ||
      kindOf(tags[p]!) !== kindOf(tags[p - 1]!) ||
      tags[p] === B ||
      tags[p] === S ||
      // Each headline part is a unit of its own (K, M, T).
      (isHeadlineTag(tags[p]!) && tags[p] !== tags[p - 1]);
    if (!cut) continue;
    units.push(makeUnit(pieces, start, p, lexicon));
    start = p;
  }
  const subhead = new Uint8Array(units.length);
  const firstPiece = new Uint32Array(units.length);
  const regions: Region[] = [];
  // Whether the current text region holds its first line (a B line) already.
  let openedByB = false;
  units.forEach((unit, u) => {
    const tag = tags[unit.first]!;
    firstPiece[u] = unit.first;
    if (tag === S) subhead[u] = 1;
    const kind: Region["kind"] = tag === F ? "masthead" : isHeadlineTag(tag) ? "headline" : "text";
    const current = regions[regions.length - 1];
    // Two headlines side by side (one printed after its body, the next before its own) meet
    // where the parts go back: a kicker after a main title, a main title after a subtitle.
    const previousTag = u > 0 ? tags[units[u - 1]!.first]! : -1;
    const restarts = kind === "headline" && previousTag >= 0 && headlineOrder(tag) < headlineOrder(previousTag);
    // A text opened by lines that are not its first (来源：… 作者：… between a web headline and
    // its body) takes its first line in: the B line does not open another article.
    const opensArticle = tag === B && (current?.kind !== "text" || openedByB);
    const continues = current !== undefined && current.kind === kind && !(kind === "text" && opensArticle) && !restarts;
    if (continues) (current.units as number[]).push(u);
    else {
      regions.push({ kind, units: [u] });
      openedByB = tag === B || regions[regions.length - 2]?.kind !== "headline";
    }
    if (kind === "text" && tag === B) openedByB = true;
  });
  return { units, regions, subhead, firstPiece };
}
