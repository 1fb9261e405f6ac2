export { extract, MAX_INPUT_LENGTH } from "./extract.js";
export { BaoxunError, type BaoxunErrorCode } from "./errors.js";
export { squashLayout } from "./text/mapped-text.js";
export { SCHEMA_VERSION } from "./schema/entity-graph.js";
export { repairLayout, type RepairedLine, type RepairedPage } from "./repair-layout/index.js";
export { detectArticles } from "./detect-articles/index.js";
export { extractWho } from "./who/index.js";
export { extractWhen, type ExtractWhenOptions } from "./when/index.js";
export { buildGraph } from "./build-graph/index.js";
export { formatSummary } from "./format-summary/index.js";
export type { MappedText } from "./text/mapped-text.js";
export type { ArticleSegment, HeadlineSegment, SegmentedPage, WhenResult, WhoResult } from "./stage-types.js";
export type {
  Article,
  ArticleKind,
  Credit,
  CreditKind,
  DateGranularity,
  DateMention,
  DatePart,
  Diagnostic,
  EntityGraph,
  ExtractOptions,
  Headline,
  Mention,
  Organization,
  PartOfDay,
  Person,
  Role,
  Span,
} from "./types.js";
