/**
 * Contracts between the stages. Stages are plain functions: they take the page as segmented so far
 * and return new readonly results; none mutates its input or another stage's results.
 */
import type {
  ArticleKind,
  Credit,
  DateMention,
  Diagnostic,
  Organization,
  Person,
  Role,
  Span,
} from "./graph.js";

/**
 * A string derived from the caller's input by deleting characters only, with, for each of its
 * UTF-16 code units, the offset of the same code unit in the original input. Every stage works
 * on a MappedText, so any match converts to an original span without a chain of maps.
 */
export interface MappedText {
  readonly text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the original end. */
  readonly offsets: Uint32Array;
}

/** A headline as found by segmentation, before it is rendered into the graph. */
export interface HeadlineSegment {
  readonly kicker: MappedText | null;
  readonly main: MappedText | null;
  readonly subtitle: MappedText | null;
  /** One entry per printed line, in reading order. */
  readonly lines: readonly MappedText[];
  readonly position: "before" | "after";
  /** The probability (0–1) that the headline's lines and their parts are right. */
  readonly confidence?: number;
}

/** One article as found by segmentation; `id` is final ("a1", "a2" … in page order). */
export interface ArticleSegment {
  readonly id: string;
  readonly kind: ArticleKind;
  /** From the first to the last original character of the article, headline included. */
  readonly span: Span;
  /**
   * The article's text without its headline: opener, body, credit and signature lines, with line
   * breaks inside paragraphs removed and one "\n" between paragraphs.
   */
  readonly body: MappedText;
  readonly headline: HeadlineSegment | null;
  readonly opener: { readonly text: string; readonly span: Span } | null;
  /** Shared by the pieces of one column; a column-wide credit applies to all of them. */
  readonly columnId: string | null;
  /** The probability (0–1) that the article starts and ends where it does. */
  readonly confidence?: number;
  /** In-article subheads (小标题): short lines inside the body that head a section of it. */
  readonly subheads?: readonly MappedText[];
}

/** The page after layout repair and segmentation: what the entity stages read. */
export interface SegmentedPage {
  readonly input: string;
  readonly articles: readonly ArticleSegment[];
  /** Text that belongs to no article (a masthead, a page header), still mapped to the original. */
  readonly unassigned: readonly MappedText[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What the "who" stage (credits, persons, organizations, roles) returns, ids assigned. */
export interface WhoResult {
  readonly persons: readonly Person[];
  readonly organizations: readonly Organization[];
  readonly roles: readonly Role[];
  readonly credits: readonly Credit[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What the "when" stage returns, ids assigned. */
export interface WhenResult {
  readonly dates: readonly DateMention[];
  readonly referenceDate: string | null;
  readonly referenceDateSource: "option" | "inferred" | null;
  readonly diagnostics: readonly Diagnostic[];
}
