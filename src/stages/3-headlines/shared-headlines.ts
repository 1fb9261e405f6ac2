/**
 * Two headlines printed one under the other between two texts: on a page that prints some
 * headlines after their bodies and some before (a PDF's reading order often does), the headline
 * closing the text above meets the one opening the text below, and the lines read as one block
 * (南非华人华侨庆祝中南建交 / 中国常驻联合国代表秦华孙说…). Each line's wording tells which text
 * it shares; where the block's first lines share the text above and its last the text below, and
 * clearly so, it is cut in two.
 */
import { makeUnit, type Unit } from "../2-articles/02-units.js";
import type { Region } from "../2-articles/04-regions.js";
import type { MarkerLexicon } from "../2-articles/markers.js";
import { bigrams, overlaps } from "./title-overlap.js";

/** A headline block of more lines than this is not read line by line (a title has few). */
const MAX_LINES = 6;
/**
 * How much better (in shares of a line's bigrams found, summed over the lines) the cut must
 * explain the block than giving all of it to either text (held-out training pages, plain kind:
 * article F1 0.629 without cutting, 0.664 at 0.45 with LOCAL_MARGIN; 0.3 cost pdf-raw pages, 1.0
 * cut too few).
 */
const CUT_MARGIN = 0.45;

/**
 * Cuts headline regions that hold the headlines of both neighbouring texts. Returns the regions
 * and units to read on: new units are appended (the unit list's indexes stay valid).
 */
export function splitSharedHeadlines(regions: readonly Region[], units: readonly Unit[], lexicon: MarkerLexicon): { regions: Region[]; units: Unit[] } {
  let out: Region[] | null = null;
  let allUnits = units as Unit[];
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r]!;
    const cut =
      region.kind === "headline" && regions[r - 1]?.kind === "text" && regions[r + 1]?.kind === "text"
        ? bestCut(region, units, regions[r - 1]!, regions[r + 1]!)
        : -1;
    if (cut < 0) {
      out?.push(region);
      continue;
    }
    out ??= regions.slice(0, r);
    if (allUnits === units) allUnits = [...units];
    const above: number[] = [];
    const below: number[] = [];
    for (const u of region.units) {
      const unit = units[u]!;
      if (unit.end <= cut) above.push(u);
      else if (unit.first >= cut) below.push(u);
      else {
        allUnits.push(makeUnit(unit.pieces, unit.first, cut, lexicon), makeUnit(unit.pieces, cut, unit.end, lexicon));
        above.push(allUnits.length - 2);
        below.push(allUnits.length - 1);
      }
    }
    out.push({ kind: "headline", units: above }, { kind: "headline", units: below });
  }
  return { regions: out ?? (regions as Region[]), units: allUnits };
}

/** The piece where the block is cut (its first line that titles the text below), or -1. */
function bestCut(region: Region, units: readonly Unit[], above: Region, below: Region): number {
  const lines: number[] = [];
  for (const u of region.units) for (let p = units[u]!.first; p < units[u]!.end; p++) lines.push(p);
  if (lines.length < 2 || lines.length > MAX_LINES) return -1;
  const pieces = units[region.units[0]!]!.pieces;
  const scores = new Float64Array(2);
  const shareAbove: number[] = [];
  const shareBelow: number[] = [];
  let longest = 0;
  const titles = lines.map((p) => bigrams(pieces.text[p]!));
  for (const t of titles) longest = Math.max(longest, t.index.size);
  const seen = new Uint8Array(2 * longest);
  for (const title of titles) {
    overlaps(title, null, above, units, scores, seen);
    shareAbove.push(scores[0]!);
    overlaps(title, null, below, units, scores, seen);
    shareBelow.push(scores[0]!);
  }
  // Lines 0..k-1 title the text above, k.. the text below: the cut that explains most.
  let allBelow = 0;
  for (const s of shareBelow) allBelow += s;
  let best = -1;
  let bestScore = -Infinity;
  let score = allBelow;
  const ends = [allBelow];
  for (let k = 1; k <= lines.length; k++) {
    score += shareAbove[k - 1]! - shareBelow[k - 1]!;
    if (k === lines.length) ends.push(score);
    else if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best > 0 && bestScore >= Math.max(ends[0]!, ends[1]!) + CUT_MARGIN ? lines[best]! : -1;
}
