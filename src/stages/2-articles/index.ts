import type { RepairedPage } from "../1-repair-layout/index.js";
import type { SegmentedPage } from "../../contracts/stages.js";
import { STAGE_OPTION_KEYS, type StageOptions } from "../../contracts/options.js";
import { checkOptionKeys } from "../../option-keys.js";
import { resolveDictionaries } from "../../lexicon/user-dictionaries.js";
import { markerLexicon } from "./markers.js";
import type { Diagnostic } from "../../contracts/graph.js";
import { concatMapped, toOriginalSpan, type MappedText } from "../../text/mapped-text.js";
import type { LineStore } from "../1-repair-layout/line-store.js";
import { offsetArena, type AllocateOffsets } from "../../text/offset-arena.js";
import { pieceEnd, pieceMapped, pieceOffset, splitPieces, STARTS_LINE, type PieceTable } from "./01-pieces.js";
import type { Unit } from "./02-units.js";
import { attachHeadlines, headlineParts } from "../3-headlines/index.js";
import { splitSharedHeadlines } from "../3-headlines/shared-headlines.js";
import { kindProbability, readByRules, tagLines } from "./labeller/index.js";
import { mergeTags, ruleTags } from "./labeller/merge.js";
import { articleConfidence, headlineConfidence } from "./labeller/calibrate.js";
import { regionsFromTags } from "./labeller/regions.js";
import { oneArticleWebPage } from "./labeller/web-page.js";
import { taggedHeadline } from "./labeller/headline.js";
import { isWebMetadataLine } from "./labeller/features.js";
import { articleBody, assembleArticles, type ArticleDraft } from "./05-assemble.js";
import { layoutTags } from "./layout-hints.js";

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
  checkOptionKeys("detectArticles()", options, STAGE_OPTION_KEYS);
  // Openers, credit lines and signatures are told by the dictionaries' sources, markers, titles and surnames.
  const lexicon = markerLexicon(resolveDictionaries(options.dictionaries));
  const { store, pieces } = splitPieces(page, lexicon);
  const reading = readByRules(pieces, lexicon);
  const lines = tagLines(pieces, reading);
  const merged = mergeTags(ruleTags(pieces, reading), lines);
  const read = oneArticleWebPage(pieces, merged.tags);
  // A page read from its layout (baoxun/pdf): type sizes and blocks tag the lines (./layout-hints.ts).
  const hinted = options.layout ? layoutTags(pieces, store, options.layout, reading, read) : null;
  const { tags, fromRules } = hinted ? { tags: hinted, fromRules: new Uint8Array(pieces.count) } : { tags: read, fromRules: merged.fromRules };
  const tagged = regionsFromTags(pieces, reading.unitOf, tags, lexicon);
  const subhead = tagged.subhead;
  // Two headlines read as one block (one closing the text above, one opening the text below) are cut apart.
  const { units, regions } = splitSharedHeadlines(tagged.regions, tagged.units, lexicon);
  const attachments = attachHeadlines(regions, units);
  const diagnostics: Diagnostic[] = [...page.diagnostics, ...runOnDiagnostics(store, pieces), ...webMetadataDiagnostics(store, pieces)];
  // The labeller's probability of each line's kind: an article or headline is as sure as its least sure line.
  const sure = (first: number, end: number) => {
    let min = 1;
    for (let p = first; p < end; p++) min = Math.min(min, kindProbability(lines, p, tags[p]!));
    return min;
  };

  const drafts: ArticleDraft[] = [];
  const draftOfRegion = new Map<number, number>();
  const allocate = offsetArena(headlineOffsetsCapacity(attachments.map((a) => regions[a.headline]!.units), units) + subheadCapacity(units, subhead));
  regions.forEach((region, r) => {
    if (region.kind !== "text") return;
    draftOfRegion.set(r, drafts.length);
    const own = region.units.map((u) => units[u]!);
    const first = own[0]!.first;
    const last = own[own.length - 1]!.end;
    // The line after the article is read too: it says whether the article ends there.
    const subheads = region.units.filter((u) => subhead[u] === 1).map((u) => unitMapped(units[u]!, store, allocate));
    drafts.push({ units: own, headline: null, confidence: sure(first, Math.min(pieces.count, last + 1)), subheads });
  });
  const attached = new Set<number>();
  for (const a of attachments) {
    const headlineUnits = regions[a.headline]!.units.map((u) => units[u]!);
    const hFirst = headlineUnits[0]!.first;
    const hEnd = headlineUnits[headlineUnits.length - 1]!.end;
    const raw = sure(hFirst, hEnd);
    const confidence = headlineConfidence(raw);
    // A headline the rules found is split into its parts by the rules (widths, couplets, dashes).
    const headline = fromRules.subarray(hFirst, hEnd).every((r) => r === 1)
      ? { ...headlineParts(headlineUnits, reading.widths[reading.unitOf[hFirst]!] ?? 0, a.position, store, lexicon, allocate), confidence }
      : taggedHeadline(headlineUnits, tags, a.position, confidence, store, lexicon, allocate);
    const d = draftOfRegion.get(a.text)!;
    drafts[d] = { ...drafts[d]!, headline, confidence: Math.min(drafts[d]!.confidence ?? 1, raw) };
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

  const articles = assembleArticles(
    drafts.map((d) => ({ ...d, confidence: articleConfidence(d.confidence ?? 1) })),
    store,
  );
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

/**
 * 来源：人民网　发布时间：2019-05-06 08:30, 【字号 大 中 小】, 分享到: a web page's metadata lines,
 * kept out of headlines; the publication stamp among them is the page's date.
 */
function webMetadataDiagnostics(store: LineStore, pieces: PieceTable): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let p = 0; p < pieces.count; p++) {
    if (!isWebMetadataLine(pieces.text[p]!)) continue;
    diagnostics.push({
      code: "web-metadata",
      severity: "info",
      message: `a web page's metadata line (${pieces.text[p]!.trim().slice(0, 40)})`,
      span: { start: pieceOffset(store, pieces, p, 0), end: pieceEnd(store, pieces, p) },
    });
  }
  return diagnostics;
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

/** Room for the offsets of the subheads' lines. */
function subheadCapacity(units: readonly Unit[], subhead: Uint8Array): number {
  let capacity = 0;
  units.forEach((unit, u) => {
    if (subhead[u] === 1) for (let p = unit.first; p < unit.end; p++) capacity += 2 * (unit.pieces.text[p]!.length + 2);
  });
  return capacity;
}

/** A unit's lines as one mapped text (a subhead wrapped over two lines is one). */
function unitMapped(unit: Unit, store: LineStore, allocate: AllocateOffsets): MappedText {
  const parts: MappedText[] = [];
  for (let p = unit.first; p < unit.end; p++) parts.push(pieceMapped(store, unit.pieces, p, allocate));
  return parts.length === 1 ? parts[0]! : concatMapped(parts, allocate);
}
