/**
 * Rules and labeller together. The rule steps are precise on the layouts they were written for
 * (markers, blank lines, headlines printed after their bodies) and merge articles elsewhere; the
 * labeller generalises but errs line by line. Each line keeps the rules' reading unless the
 * labeller is sure (probability at least {@link OVERRIDE}) of a different kind of line.
 */
import type { PieceTable } from "../01-pieces.js";
import type { RuleReading, LineTags } from "./index.js";
import { TAG_COUNT, TAGS } from "./model.js";

/** How sure the labeller must be to overrule the rules on a line (chosen on the training pages). */
export const OVERRIDE = 0.75;

/** The share of lines read as another kind above which the labeller reads the page alone. */
export const DISAGREEMENT = 0.05;
/** …and at least this many lines: on a page of a few lines, two differences say little. */
export const MIN_DISAGREEMENT = 3;

const F = TAGS.indexOf("F");
const M = TAGS.indexOf("M");
const B = TAGS.indexOf("B");
const I = TAGS.indexOf("I");
const S = TAGS.indexOf("S");
/** How sure the labeller must be of a subhead among lines the rules read as body. */
export const SUBHEAD_OVERRIDE = 0.5;
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

/** Keeps the rules' tag of each line unless the labeller is sure of another kind of line. */
export function mergeTags(rules: Uint8Array, lines: LineTags, threshold = OVERRIDE): MergedTags {
  const n = rules.length;
  // Where the labeller reads many lines as another kind than the rules do, the rules are off
  // their ground (their merged articles hide headlines): the labeller reads the whole page.
  // The labeller reads a page's first and last lines as furniture too readily to overrule a
  // headline (读书节随想 over a column piece): such a line is left to the rules.
  const own = Uint8Array.from(lines.tags);
  for (let p = 0; p < n; p++) if (own[p] === F && kindOf(rules[p]!) === 1) own[p] = rules[p]!;
  let disagree = 0;
  for (let p = 0; p < n; p++) if (kindOf(own[p]!) !== kindOf(rules[p]!)) disagree++;
  if (disagree >= MIN_DISAGREEMENT && disagree > DISAGREEMENT * n) {
    // Lines both read as the same kind still count as the rules' (their headline parts stand).
    const agree = new Uint8Array(n);
    const tags = own;
    for (let p = 0; p < n; p++) {
      // A headline the rules found (a short line between blank lines, touching an opener) stays
      // one: the labeller confuses a headline over one paragraph with a subhead.
      if (tags[p] === S && kindOf(rules[p]!) === 1) tags[p] = rules[p]!;
      if (kindOf(tags[p]!) === kindOf(rules[p]!)) agree[p] = 1;
    }
    return { tags, fromRules: agree };
  }
  const tags = new Uint8Array(n);
  const fromRules = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const mine = lines.tags[p]!;
    const rule = rules[p]!;
    const probability = lines.probabilities[p * TAG_COUNT + mine] ?? 0;
    // A subhead inside what the rules read as body needs less: the rules have no subheads.
    const sure = probability >= threshold || (mine === S && rule === I && probability >= SUBHEAD_OVERRIDE);
    const ruledOut = ((lines.allowed[p]! >> rule) & 1) === 0;
    const demotesHeadline = mine === F && kindOf(rule) === 1;
    if (ruledOut || (sure && kindOf(mine) !== kindOf(rule) && !demotesHeadline)) tags[p] = mine;
    else {
      tags[p] = rules[p]!;
      fromRules[p] = 1;
    }
  }
  return { tags, fromRules };
}
