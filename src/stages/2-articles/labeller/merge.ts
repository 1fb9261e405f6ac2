/**
 * Rules and labeller together. The rule steps are precise on the layouts they were written for
 * (markers, blank lines, headlines printed after their bodies) and merge articles elsewhere; the
 * labeller generalises. The labeller reads the page; the rules keep the headlines they found
 * from being demoted, and split a headline they agree on into its parts.
 */
import type { PieceTable } from "../01-pieces.js";
import type { RuleReading, LineTags } from "./index.js";
import { TAG_COUNT, TAGS } from "./model.js";

/**
 * How sure the labeller must be to undo a headline the rules found (held-out training pages; at
 * 0.8, plain pages' article F1 0.660 -> 0.667 but PKU whole pages of the training days printed
 * headline-after-body 95 -> 91 exact of 140; lowering SPLIT_SURE or SPLIT_LEANS gained on the
 * held-out pages too, but split the sample page's reports at their second paragraph).
 */
export const DEMOTE_SURE = 0.9;

const F = TAGS.indexOf("F");
const M = TAGS.indexOf("M");
const B = TAGS.indexOf("B");
const I = TAGS.indexOf("I");
const S = TAGS.indexOf("S");
/** The kind of line a tag says: furniture, headline, article start, article line, subhead. */
const KIND = { F: 0, K: 1, M: 1, T: 1, B: 2, I: 3, S: 4 } as const;
const kindOf = (t: number) => KIND[TAGS[t]!];

/** The rules' reading as tags: headline lines M, the first line of each text B, furniture F. */
export function ruleTags(pieces: PieceTable, reading: RuleReading): Uint8Array {
  const tags = new Uint8Array(pieces.count).fill(I);
  for (const region of reading.regions) {
    const tag = region.kind === "masthead" ? F : region.kind === "headline" ? M : I;
    for (const u of region.units) tags.fill(tag, reading.units[u]!.first, reading.units[u]!.end);
    if (region.kind === "text") tags[reading.units[region.units[0]!]!.first] = B;
  }
  return tags;
}

/** The final tags, and which lines kept the rules' reading. */
export interface MergedTags {
  readonly tags: Uint8Array;
  /** 1 where the line's tag is the rules'. */
  readonly fromRules: Uint8Array;
}

/** A snippet (one article, a test's few lines) has no page furniture; a page of this many lines may. */
const PAGE_LINES = 20;
/** Inside an article that an opener starts, the labeller must be this sure to start another. */
const SPLIT_SURE = 0.8;
/** Inside any other text the rules read as one, it must lean this way: a paragraph after a short line is no new article on a coin toss. */
const SPLIT_LEANS = 0.6;

/**
 * The labeller's tag of each line, with three things kept from the rules. A headline the rules
 * found is demoted only by a sure labeller, and to a subhead or page furniture only on a page long
 * enough to have them (a short text's first line is its title, not a running head; a headline
 * over one paragraph looks like a subhead). An article that an opener starts (本报讯…) is
 * split only where the labeller is sure: its second paragraph after a blank line otherwise reads
 * as the next brief; other text, only where it leans to a split. Measured on the held-out training
 * pages (docs/articles.md).
 */
export function mergeTags(rules: Uint8Array, lines: LineTags): MergedTags {
  const n = rules.length;
  const tags = Uint8Array.from(lines.tags);
  const fromRules = new Uint8Array(n);
  const sure = (p: number) => lines.probabilities[p * TAG_COUNT + tags[p]!] ?? 0;
  // Whether line p is inside the text of an article that the rules started at an opener line.
  let openerText = false;
  for (let p = 0; p < n; p++) {
    const rule = rules[p]!;
    if (rule === B) openerText = lines.allowed[p] === 1 << B;
    else if (rule !== I) openerText = false;
    if (rule === I && tags[p] === B && sure(p) < (openerText ? SPLIT_SURE : SPLIT_LEANS)) tags[p] = I;
    if (kindOf(rule) === 1 && (tags[p] === S || tags[p] === F) && n < PAGE_LINES) tags[p] = rule;
    // A headline the rules found is undone only by a sure labeller (a title glued to its first
    // paragraph, an editorial's title over its body): what the rules miss, the labeller adds.
    const demotes = kindOf(rule) === 1 && kindOf(tags[p]!) !== kindOf(rule);
    if (demotes && (sure(p) < DEMOTE_SURE || n < PAGE_LINES)) tags[p] = rule;
    // Lines both read as the same kind keep the rules' tag: the rules split a headline they
    // found into its parts (widths, couplets, dashes) better than the labeller's K/M/T.
    if (kindOf(tags[p]!) === kindOf(rule)) {
      tags[p] = rule;
      fromRules[p] = 1;
    }
  }
  return { tags, fromRules };
}
