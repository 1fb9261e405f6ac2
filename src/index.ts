export { extract, MAX_INPUT_LENGTH } from "./extract.js";
export { BaoxunError, type BaoxunErrorCode } from "./errors.js";
export { squashLayout } from "./text/mapped-text.js";
export { foldTraditional } from "./text/fold-traditional.js";
export { SCHEMA_VERSION } from "./schema/version.js";
export { repairLayout, type RepairedLine, type RepairedPage } from "./stages/1-repair-layout/index.js";
export { detectArticles } from "./stages/2-articles/index.js";
export { extractWho } from "./stages/5-people/index.js";
export { extractWhen, type ExtractWhenOptions } from "./stages/6-dates/index.js";
export { buildGraph } from "./stages/7-graph/index.js";
export { formatSummary, type FormatSummaryOptions } from "./outputs/format-summary/index.js";
export type { MappedText } from "./text/mapped-text.js";
export type { ArticleSegment, HeadlineSegment, SegmentedPage, WhenResult, WhoResult } from "./contracts/stages.js";
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
  Headline,
  Mention,
  Organization,
  PartOfDay,
  Person,
  Role,
  Span,
} from "./contracts/graph.js";
export type { ExtractOptions } from "./contracts/options.js";
export { toHtml, type ToHtmlOptions } from "./outputs/render-html/index.js";
export {
  toCsv,
  toCytoscape,
  toGraphology,
  toJsonLines,
  toGraphml,
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
} from "./outputs/export/index.js";
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
} from "./runners/batch/index.js";
export {
  parseUserDictionaries,
  resolveDictionaries,
  type ResolvedDictionaries,
  type UserDictionaries,
} from "./lexicon/user-dictionaries.js";
