/**
 * A headline from tagged lines: the kicker (K), main title (M) and subtitle (T) lines are each
 * joined into their part (a wrapped title joined without a space). A byline is a subtitle and a
 * page header or photo credit no part of the headline, whatever its tag (see headlineLineKind).
 */
import type { LineStore } from "../../1-repair-layout/line-store.js";
import { concatMapped, type MappedText } from "../../../text/mapped-text.js";
import type { AllocateOffsets } from "../../../text/offset-arena.js";
import type { HeadlineSegment } from "../../../contracts/stages.js";
import { pieceMapped } from "../01-pieces.js";
import type { Unit } from "../02-units.js";
import { TAGS } from "./model.js";
import type { MarkerLexicon } from "../markers.js";
import { headlineLineKind } from "../../3-headlines/line-kinds.js";

/** The headline of `units` (one headline region), its parts read from each line's tag. */
export function taggedHeadline(
  units: readonly Unit[],
  tags: Uint8Array,
  position: "before" | "after",
  confidence: number,
  store: LineStore,
  lexicon: MarkerLexicon,
  allocate: AllocateOffsets,
): HeadlineSegment {
  const lines: MappedText[] = [];
  const parts: Record<"K" | "M" | "T", MappedText[]> = { K: [], M: [], T: [] };
  const kinds = units.map((unit) => Array.from({ length: unit.end - unit.first }, (_, i) => headlineLineKind(unit.pieces.text[unit.first + i]!, lexicon)));
  // A block of nothing but furniture keeps its lines: it is still the headline the page shows.
  const keepAll = kinds.every((k) => k.every((kind) => kind === "furniture"));
  units.forEach((unit, u) => {
    for (let p = unit.first; p < unit.end; p++) {
      const kind = keepAll ? "title" : kinds[u]![p - unit.first]!;
      if (kind === "furniture") continue;
      const line = pieceMapped(store, unit.pieces, p, allocate);
      lines.push(line);
      const tag = kind === "byline" ? "T" : (TAGS[tags[p]!] as "K" | "M" | "T");
      (parts[tag] ?? parts.M).push(line);
    }
  });
  const join = (xs: MappedText[]) => (xs.length === 0 ? null : xs.length === 1 ? xs[0]! : concatMapped(xs, allocate));
  let kicker = join(parts.K);
  let main = join(parts.M);
  let subtitle = join(parts.T);
  // A headline needs a main title: a lone kicker or subtitle is the main one.
  if (main === null) {
    main = kicker ?? subtitle;
    if (kicker !== null) kicker = null;
    else subtitle = null;
  }
  return { kicker, main, subtitle, lines, position, confidence };
}
