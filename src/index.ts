export { extract, MAX_INPUT_LENGTH } from "./extract.js";
export { BaoxunError, type BaoxunErrorCode } from "./errors.js";
export { squashLayout } from "./text/mapped-text.js";
export { SCHEMA_VERSION } from "./schema/version.js";
export { repairLayout, type RepairedLine, type RepairedPage } from "./repair-layout/index.js";
export { detectArticles } from "./detect-articles/index.js";
export { extractWho } from "./who/index.js";
export { extractWhen, type ExtractWhenOptions } from "./when/index.js";
export { buildGraph } from "./build-graph/index.js";
export { formatSummary, type FormatSummaryOptions } from "./format-summary/index.js";
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
export { toHtml, type ToHtmlOptions } from "./render-html/index.js";
export {
  toCsv,
  toCytoscape,
  toGraphology,
  toJsonLines,
  toNodeLink,
  type CsvTableName,
  type CytoscapeElements,
  type EdgeAttributes,
  type EdgeType,
  type GraphologyData,
  type NodeAttributes,
  type NodeLinkGraph,
  type NodeType,
  type RecordType,
  type ToCsvOptions,
} from "./export/index.js";
export {
  formatResultLine,
  isPageError,
  isPageInput,
  mapOrdered,
  pageError,
  parsePageLine,
  parseResultLine,
  processPage,
  type PageError,
  type PageErrorCode,
  type PageInput,
  type PageResult,
} from "./batch/index.js";
export {
  parseUserDictionaries,
  resolveDictionaries,
  type ResolvedDictionaries,
  type UserDictionaries,
} from "./dictionaries/user-dictionaries.js";
