/**
 * Tags every line of a page (see model.ts) from its features and what the rule steps made of
 * it, and gives each line the probability of its tag.
 */
import type { PieceTable } from "../01-pieces.js";
import { groupUnits, type Unit } from "../02-units.js";
import { classifyUnits, columnWidths, type UnitRole } from "../03-classify.js";
import { cutRegions, type Region } from "../04-regions.js";
import type { MarkerLexicon } from "../markers.js";
import { allowedTags, lineFeatures, lineMarks, oldStylePage, type RuleView } from "./features.js";
import { emissionScores, isHeadlineTag, marginals, TAG_COUNT, viterbi, type LabellerWeights } from "./model.js";
import { weightTable } from "./weight-table.js";
import { LABELLER_WEIGHTS, OLD_STYLE_WEIGHTS } from "./weights.js";

/** The rule steps' reading of the page: units, their roles and regions, per piece. */
export interface RuleReading extends RuleView {
  readonly regions: readonly Region[];
}

/** Runs the rule steps (units, roles, regions) and records, per piece, what they decided. */
export function readByRules(pieces: PieceTable, lexicon: MarkerLexicon): RuleReading {
  const units: Unit[] = groupUnits(pieces, lexicon);
  const widths = columnWidths(units);
  const roles: UnitRole[] = classifyUnits(units, widths);
  const regions = cutRegions(units, roles, widths);
  const unitOf = new Uint32Array(pieces.count);
  units.forEach((unit, u) => unitOf.fill(u, unit.first, unit.end));
  // 1: in a headline region; 2: the first line of an article text by the rules.
  const headline = new Uint8Array(pieces.count);
  for (const region of regions) {
    if (region.kind === "text") headline[units[region.units[0]!]!.first] = 2;
    if (region.kind !== "headline") continue;
    for (const u of region.units) headline.fill(1, units[u]!.first, units[u]!.end);
  }
  return { units, widths, roles, regions, unitOf, headline, lexicon };
}

/** The tags of a page's lines and, per line, the probability of the tag it got. */
export interface LineTags {
  readonly tags: Uint8Array;
  /** Per line and tag (TAG_COUNT a line): the probability of each tag. */
  readonly probabilities: Float64Array;
  /** Per line, a bit per tag: the tags the markers leave possible (allowedTags). */
  readonly allowed: Uint8Array;
}

/** The weights a page is read with: its own for a page in the old style (oldStylePage). */
export function pageWeights(pieces: PieceTable): LabellerWeights {
  return oldStylePage(pieces) ? OLD_STYLE_WEIGHTS : LABELLER_WEIGHTS;
}

/** Tags the lines of a page. */
export function tagLines(pieces: PieceTable, reading: RuleReading, weights: LabellerWeights = pageWeights(pieces)): LineTags {
  const marks = lineMarks(pieces, reading.lexicon);
  const features = lineFeatures(pieces, reading, marks);
  const allowed = allowedTags(pieces, reading, marks);
  const scores = emissionScores(features, weightTable(weights));
  const tags = viterbi(scores, pieces.count, weights.transitions, allowed);
  const probabilities = pieces.count ? marginals(scores, pieces.count, weights.transitions, weights.temperature, allowed) : new Float64Array(0);
  return { tags, probabilities, allowed };
}


/** The probability that line `p` is the kind of line tag `t` says (any headline part for K, M, T). */
export function kindProbability(lines: LineTags, p: number, t: number): number {
  if (!isHeadlineTag(t)) return lines.probabilities[p * TAG_COUNT + t] ?? 1;
  let sum = 0;
  for (let k = 0; k < TAG_COUNT; k++) if (isHeadlineTag(k)) sum += lines.probabilities[p * TAG_COUNT + k] ?? 0;
  return Math.min(1, sum);
}
