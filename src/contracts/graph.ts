/**
 * The public types of baoxun. Every type of the graph is derived from the JSON Schema in
 * `src/schema/entity-graph.ts`, so the published schema and these types cannot drift.
 */
import type { Static } from "@sinclair/typebox";
import type {
  ArticleKindSchema,
  ArticleSchema,
  BoxSchema,
  CreditKindSchema,
  CreditSchema,
  DateGranularitySchema,
  DatePartSchema,
  DateSchema,
  DiagnosticSchema,
  EntityGraphSchema,
  HeadlineSchema,
  MentionSchema,
  OrganizationSchema,
  PartOfDaySchema,
  PersonSchema,
  RoleMentionSchema,
  RoleSchema,
  SpanSchema,
} from "../schema/entity-graph.js";

/** UTF-16 offsets into the caller's original string, end exclusive. */
export type Span = Static<typeof SpanSchema>;
export type Mention = Static<typeof MentionSchema>;
/** A rectangle on a page (baoxun/pdf): page number, top-left corner, size. */
export type Box = Static<typeof BoxSchema>;
export type Headline = Static<typeof HeadlineSchema>;
export type ArticleKind = Static<typeof ArticleKindSchema>;
export type Article = Static<typeof ArticleSchema>;
export type Person = Static<typeof PersonSchema>;
export type Organization = Static<typeof OrganizationSchema>;
export type Role = Static<typeof RoleSchema>;
/** One place where a role is written: its text, span and article (schema 1.2.0). */
export type RoleMention = Static<typeof RoleMentionSchema>;
export type CreditKind = Static<typeof CreditKindSchema>;
export type Credit = Static<typeof CreditSchema>;
export type PartOfDay = Static<typeof PartOfDaySchema>;
export type DateGranularity = Static<typeof DateGranularitySchema>;
export type DatePart = Static<typeof DatePartSchema>;
export type DateMention = Static<typeof DateSchema>;
export type Diagnostic = Static<typeof DiagnosticSchema>;
/** What {@link extract} returns: plain, JSON-round-trippable data. */
export type EntityGraph = Static<typeof EntityGraphSchema>;
