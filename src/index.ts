export { extract, MAX_INPUT_LENGTH } from "./extract.js";
export { BaoxunError, type BaoxunErrorCode } from "./errors.js";
export { squashLayout } from "./text/mapped-text.js";
export { foldTraditional } from "./text/fold-traditional.js";
export { SCHEMA_VERSION } from "./schema/version.js";
export { repairLayout, type RepairedLine, type RepairedPage } from "./stages/1-repair-layout/index.js";
export { detectArticles } from "./stages/2-articles/index.js";
export { extractWho, type ExtractWhoOptions } from "./stages/5-people/index.js";
export { extractWhen, type ExtractWhenOptions } from "./stages/6-dates/index.js";
export { buildGraph } from "./stages/7-graph/index.js";
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
  RoleMention,
  Span,
} from "./contracts/graph.js";
export type { ExtractOptions, StageOptions } from "./contracts/options.js";
export type { CreditMarkerPlace, UserCreditMarker } from "./contracts/lexicon.js";
export {
  parseUserDictionaries,
  resolveDictionaries,
  type ResolvedDictionaries,
  type UserDictionaries,
} from "./lexicon/user-dictionaries.js";
// Renderers and exporters are at "baoxun/render", batch helpers at "baoxun/batch"; the old names, deprecated:
export * from "./deprecated.js";
