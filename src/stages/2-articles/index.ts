import type { RepairedPage } from "../1-repair-layout/index.js";
import type { SegmentedPage } from "../../contracts/stages.js";
import type { StageOptions } from "../../contracts/options.js";
import { resolveDictionaries } from "../../lexicon/user-dictionaries.js";
import { markerLexicon } from "./markers.js";
import type { Diagnostic } from "../../contracts/graph.js";
import { toOriginalSpan } from "../../text/mapped-text.js";
import type { LineStore } from "../1-repair-layout/line-store.js";
import { offsetArena } from "../../text/offset-arena.js";
import { pieceEnd, pieceOffset, splitPieces, STARTS_LINE, type PieceTable } from "./01-pieces.js";
import { groupUnits, type Unit } from "./02-units.js";
import { classifyUnits, columnWidths } from "./03-classify.js";
import { cutRegions } from "./04-regions.js";
import { attachHeadlines, headlineParts } from "../3-headlines/index.js";
import { articleBody, assembleArticles, type ArticleDraft } from "./05-assemble.js";

/**
 * Finds the articles of a repaired page, with their headlines, openers, kinds and column groups.
 * Steps, in order: split lines into pieces at run-on openers; group pieces into units (paragraph
 * blocks, headline blocks, credit lines); classify units; cut the page into article texts and
 * headline groups; attach each headline to the article it titles (../3-headlines); assemble the
 * segments.
 *
 * @example
 * ```ts
 * const page = detectArticles(repairLayout("示范区党政联席会议召开\n\n本报讯（记者付凯明）4月12日上午，会议召开。"));
 * page.articles.length; // => 1
 * page.articles[0].headline?.main?.text; // => "示范区党政联席会议召开"
 * // A caller's credit marker, as extract takes it:
 * detectArticles(repairLayout("特约撰稿人 李明\n\n正文。"), { dictionaries: { creditMarkers: { 特约撰稿人: "author" } } });
 * ```
 */
export function detectArticles(page: RepairedPage, options: StageOptions = {}): SegmentedPage {
  // Openers, credit lines and signatures are told by the dictionaries' sources, markers, titles and surnames.
  const lexicon = markerLexicon(resolveDictionaries(options.dictionaries));
  const { store, pieces } = splitPieces(page, lexicon);
  const units = groupUnits(pieces, lexicon);
  const widths = columnWidths(units);
  const roles = classifyUnits(units, widths);
  const regions = cutRegions(units, roles, widths);
  const attachments = attachHeadlines(regions, units);
  const diagnostics: Diagnostic[] = [...page.diagnostics, ...runOnDiagnostics(store, pieces)];

  const drafts: ArticleDraft[] = [];
  const draftOfRegion = new Map<number, number>();
  regions.forEach((region, r) => {
    if (region.kind !== "text") return;
    draftOfRegion.set(r, drafts.length);
    drafts.push({ units: region.units.map((u) => units[u]!), headline: null });
  });
  const attached = new Set<number>();
  const allocate = offsetArena(headlineOffsetsCapacity(attachments.map((a) => regions[a.headline]!.units), units));
  for (const a of attachments) {
    const headlineUnits = regions[a.headline]!.units;
    const headline = headlineParts(
      headlineUnits.map((u) => units[u]!),
      widths[headlineUnits[0]!] ?? 0,
      a.position,
      store,
      allocate,
    );
    const d = draftOfRegion.get(a.text)!;
    drafts[d] = { ...drafts[d]!, headline };
    attached.add(a.headline);
  }
  const mastheads = regions.filter((region) => region.kind === "masthead").map((region) => articleBody(region.units.map((u) => units[u]!), store));
  const orphans = regions
    .map((region, r) => ({ region, r }))
    .filter(({ region, r }) => region.kind === "headline" && !attached.has(r))
    .map(({ region }) => articleBody(region.units.map((u) => units[u]!), store));
  for (const text of mastheads) {
    diagnostics.push({ code: "page-header", severity: "info", message: `a page header (${text.text.slice(0, 30)}) is kept out of the articles`, span: toOriginalSpan(text, 0, text.text.length) });
  }
  for (const text of orphans) {
    diagnostics.push({
      code: "unattached-headline",
      severity: "warning",
      message: `a headline-shaped block (${text.text.slice(0, 20)}) has no article to title`,
      span: toOriginalSpan(text, 0, text.text.length),
    });
  }

  const articles = assembleArticles(drafts, store);
  for (const article of articles) {
    if (article.headline?.position === "after") {
      diagnostics.push({ code: "headline-after-body", severity: "info", message: `${article.id}: headline printed after its body`, span: article.span });
    }
    if (!article.headline) {
      diagnostics.push({ code: "article-without-headline", severity: "info", message: `${article.id}: no headline found`, span: article.span });
    }
  }
  return { input: page.input, articles, unassigned: [...mastheads, ...orphans], diagnostics };
}

/** Room for the offsets of the headlines' lines and of their parts (each at most one more per line). */
function headlineOffsetsCapacity(headlines: readonly (readonly number[])[], units: readonly Unit[]): number {
  let capacity = 0;
  for (const group of headlines) for (const u of group) {
    const unit = units[u]!;
    for (let p = unit.first; p < unit.end; p++) capacity += 2 * (unit.pieces.text[p]!.length + 2);
  }
  return capacity;
}

/** …参加报告会。 本报讯 （记者付凯明）: an article that starts mid-line, after the previous one. */
function runOnDiagnostics(store: LineStore, pieces: PieceTable): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let p = 0; p < pieces.count; p++) {
    if ((pieces.flags[p]! & STARTS_LINE) !== 0) continue;
    diagnostics.push({
      code: "run-on-article",
      severity: "info",
      message: `an article starts mid-line (line ${pieces.line[p]! + 1})`,
      span: { start: pieceOffset(store, pieces, p, 0), end: pieceEnd(store, pieces, p) },
    });
  }
  return diagnostics;
}
