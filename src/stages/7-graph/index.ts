import { SCHEMA_VERSION } from "../../schema/version.js";
import type { ArticleSegment, HeadlineSegment, SegmentedPage, WhenResult, WhoResult } from "../../contracts/stages.js";
import { toOriginalSpan, type MappedText } from "../../text/mapped-text.js";
import type { Article, EntityGraph, Headline } from "../../contracts/graph.js";
import { asWritten } from "./as-written.js";

/**
 * Assembles the graph from the stages' results. Pure: the results are copied, never mutated.
 * Every string is given as the page wrote it, Traditional characters included (see asWritten).
 *
 * @example
 * ```ts
 * const page = detectArticles(repairLayout(""));
 * buildGraph(page, extractWho(page), extractWhen(page)).articles; // => []
 * ```
 */
export function buildGraph(page: SegmentedPage, who: WhoResult, when: WhenResult): EntityGraph {
  const graph: EntityGraph = {
    schemaVersion: SCHEMA_VERSION,
    input: { length: page.input.length },
    referenceDate: when.referenceDate,
    referenceDateSource: when.referenceDateSource,
    articles: page.articles.map(renderArticle),
    persons: [...who.persons],
    organizations: [...who.organizations],
    roles: [...who.roles],
    credits: [...who.credits],
    dates: [...when.dates],
    diagnostics: [...page.diagnostics, ...who.diagnostics, ...when.diagnostics],
  };
  return asWritten(graph, page.input);
}

function renderArticle(segment: ArticleSegment): Article {
  return {
    id: segment.id,
    span: segment.span,
    kind: segment.kind,
    headline: segment.headline ? renderHeadline(segment.headline) : null,
    body: toOriginalSpan(segment.body, 0, segment.body.text.length),
    opener: segment.opener,
    columnId: segment.columnId,
    confidence: roundConfidence(segment.confidence ?? 1),
    subheads: (segment.subheads ?? []).map((s) => ({ text: s.text, span: toOriginalSpan(s, 0, s.text.length) })),
  };
}

/** Confidence to three decimals: more digits promise more than the calibration holds. */
function roundConfidence(p: number): number {
  return Math.round(p * 1000) / 1000;
}

/** A headline part's text: its printed lines joined, a line break inside a part read as a space. */
export function headlinePartText(part: MappedText | null): string | null {
  if (part === null) return null;
  return part.text.replace(/\s+/gu, " ").trim();
}

function renderHeadline(headline: HeadlineSegment): Headline {
  const kicker = headlinePartText(headline.kicker);
  const main = headlinePartText(headline.main);
  const subtitle = headlinePartText(headline.subtitle);
  return {
    text: [kicker, main, subtitle].filter((p): p is string => p !== null).join(" "),
    kicker,
    main,
    subtitle,
    spans: headline.lines.map((line) => toOriginalSpan(line, 0, line.text.length)),
    position: headline.position,
    confidence: roundConfidence(headline.confidence ?? 1),
  };
}
