/**
 * The published contract: the JSON Schema of an {@link EntityGraph}, written once with TypeBox.
 * The TypeScript types in `src/contracts/graph.ts` are derived from these definitions (`Static<…>`),
 * so the schema and the types cannot drift.
 */
import { Type, type TSchema } from "@sinclair/typebox";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = (prefix: string) =>
  Type.String({ pattern: `^${prefix}[0-9]+$`, description: `Identifier, "${prefix}1", "${prefix}2", …` });
const ISO_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
const ISO_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$";
const IsoDate = Type.String({ pattern: ISO_DATE });
/** A date's value: ISO 8601 day, month or year, or a TIMEX3 quarter or half of a year (2021-Q1, 2021-H2). */
const DATE_VALUE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-Q[1-4]|-H[12])?$";
/** An ISO 8601 duration: P2Y, P3M, P2W, P6D, PT30M, P2DT3H, P2.5Y. */
const ISO_DURATION = "^P(?!$)([0-9.]+Y)?([0-9.]+M)?([0-9.]+W)?([0-9.]+D)?(T(?=[0-9])([0-9.]+H)?([0-9.]+M)?([0-9.]+S)?)?$";

export const SpanSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  {
    title: "Span",
    description:
      "UTF-16 code-unit offsets into the caller's original string, end exclusive. Removing layout characters (whitespace, zero-width characters) from input.slice(start, end) gives the entity's text with the same characters removed.",
  },
);

export const BoxSchema = Type.Object(
  {
    page: Type.Integer({ minimum: 1, description: "1-based page number." }),
    x: Type.Number({ description: "Left edge." }),
    y: Type.Number({ description: "Top edge (the origin is the page's top-left corner, y grows downwards)." }),
    width: Type.Number({ minimum: 0 }),
    height: Type.Number({ minimum: 0 }),
  },
  {
    title: "Box",
    description: "A rectangle on a page, in PDF points (extractPdf) or image pixels (extractAlto, extractHocr), as input.page.unit says.",
  },
);

/** Where an entity is printed: one rectangle per line it covers (per layout block for an article). Only from page readers. */
const Boxes = Type.Optional(Type.Array(BoxSchema, { description: "Where it is printed on the page: one rectangle per line (per layout block for an article). Present only when the graph was read from a page (baoxun/pdf)." }));

export const MentionSchema = Type.Object({
  span: SpanSchema,
  articleId: Nullable(Id("a")),
  boxes: Boxes,
});

export const HeadlineSchema = Type.Object(
  {
    text: Type.String({ description: "The whole headline: kicker, main and subtitle joined by a space." }),
    kicker: Nullable(Type.String({ description: "引题, the line above the main title." })),
    main: Nullable(Type.String({ description: "主题, the main title." })),
    subtitle: Nullable(Type.String({ description: "副题, the line below the main title." })),
    spans: Type.Array(SpanSchema, { description: "One span per printed headline line, in reading order." }),
    position: Type.Union([Type.Literal("before"), Type.Literal("after")], {
      description: "Whether the headline was printed before or after its body in the input.",
    }),
    boxes: Boxes,
    confidence: Type.Number({
      minimum: 0,
      maximum: 1,
      description: "The probability (0–1) that the headline's lines and its kicker / main / subtitle parts are right; review the low ones. Added in 1.1.0.",
    }),
  },
  { title: "Headline" },
);

export const ArticleKindSchema = Type.Union(
  [
    Type.Literal("news"),
    Type.Literal("column-piece"),
    Type.Literal("photo-caption"),
    Type.Literal("brief"),
  ],
  { description: "news: a report, usually with an opener (本报讯); column-piece: a piece of a signed column; photo-caption: a picture's caption with its credit; brief: a short item." },
);

export const ArticleSchema = Type.Object(
  {
    id: Id("a"),
    span: SpanSchema,
    kind: ArticleKindSchema,
    headline: Nullable(HeadlineSchema),
    body: SpanSchema,
    opener: Nullable(
      Type.Object({ text: Type.String(), span: SpanSchema }, { description: "The dateline opener, e.g. 本报讯 or 新华社北京1月9日电." }),
    ),
    columnId: Nullable(
      Type.String({ description: "Shared by the pieces of one column; a column-wide credit applies to each of them." }),
    ),
    boxes: Boxes,
    confidence: Type.Number({
      minimum: 0,
      maximum: 1,
      description: "The probability (0–1) that the article starts and ends where it does (calibrated on generated pages: at 0.9 and above, at least 97% are right on held-out pages). Added in 1.1.0.",
    }),
    subheads: Type.Array(
      Type.Object({ text: Type.String(), span: SpanSchema }, { description: "An in-article subhead (小标题): a short line heading a section of the body." }),
      { description: "The article's subheads, in reading order. Added in 1.1.0." },
    ),
  },
  { title: "Article" },
);

export const PersonSchema = Type.Object(
  {
    id: Id("p"),
    name: Type.String(),
    mentions: Type.Array(MentionSchema),
    references: Type.Optional(
      Type.Array(
        Type.Object({ text: Type.String(), span: SpanSchema, articleId: Nullable(Id("a")) }),
        { description: "Mentions written another way than the name: a surname with a title (吕书记 for 吕沛), resolved within the article." },
      ),
    ),
  },
  { title: "Person", description: "One node per distinct person on the page, with every mention." },
);

export const OrganizationSchema = Type.Object(
  {
    id: Id("o"),
    name: Type.String(),
    aliases: Type.Array(Type.String()),
    mentions: Type.Array(MentionSchema),
  },
  { title: "Organization" },
);

export const RoleMentionSchema = Type.Object(
  {
    text: Type.String({ description: "The role string as written at this place, e.g. 总书记 or 中共中央总书记." }),
    span: SpanSchema,
    articleId: Nullable(Id("a")),
    boxes: Boxes,
  },
  { title: "RoleMention", description: "One place where a role is written." },
);

export const RoleSchema = Type.Object(
  {
    id: Id("r"),
    personId: Id("p"),
    title: Type.String({ description: "The office itself, e.g. 局长, 党工委书记, 副行长, 区领导." }),
    organizationId: Nullable(Id("o")),
    text: Type.String({ description: "The role string as written at its first mention, e.g. 示范区科创局局长." }),
    span: SpanSchema,
    mentions: Type.Array(RoleMentionSchema, {
      minItems: 1,
      description:
        "Every place the role is written in its article, in text order, the first being `text` and `span`: one person holding one office, written three times, is one role with three mentions (习近平总书记 … 总书记习近平). A mention written without the organization (市长李明 after 清河市市长李明) is one of the role that has it. Added in 1.2.0.",
    }),
    articleId: Nullable(Id("a")),
    qualifiers: Type.Array(Type.String(), { description: "Qualifiers written with the title: 副, 常务, 原, 前, 代, 名誉, 兼 …" }),
    rule: Type.String({ description: "Which rule produced the pair (at its first mention)." }),
    boxes: Boxes,
  },
  { title: "Role" },
);

export const CreditKindSchema = Type.Union([
  Type.Literal("reporter"),
  Type.Literal("correspondent"),
  Type.Literal("photographer"),
  Type.Literal("compiler"),
  Type.Literal("editor"),
  Type.Literal("intern"),
  Type.Literal("author"),
  Type.Literal("other"),
]);

export const CreditSchema = Type.Object(
  {
    id: Id("c"),
    personId: Id("p"),
    articleId: Id("a"),
    kind: CreditKindSchema,
    span: SpanSchema,
    marker: Type.String({ description: "The credit word as written: 记者, 通讯员, 摄, 整理, 责任编辑 …" }),
    affiliation: Nullable(Type.String({ description: "The unit named with the credit, e.g. 本报, 新华社, 融媒体中心." })),
    scope: Type.Union([Type.Literal("article"), Type.Literal("column")], {
      description: "column: a column-wide credit (本栏稿件均由…整理) repeated on each piece of the column.",
    }),
    rule: Type.String(),
    boxes: Boxes,
  },
  { title: "Credit" },
);

export const PartOfDaySchema = Nullable(
  Type.Union([
    Type.Literal("morning"),
    Type.Literal("noon"),
    Type.Literal("afternoon"),
    Type.Literal("evening"),
    Type.Literal("night"),
  ]),
);

export const DateGranularitySchema = Type.Union([
  Type.Literal("year"),
  Type.Literal("half-year"),
  Type.Literal("quarter"),
  Type.Literal("season"),
  Type.Literal("month"),
  Type.Literal("ten-days"),
  Type.Literal("week"),
  Type.Literal("day"),
  Type.Literal("part-of-day"),
  Type.Literal("hour"),
  Type.Literal("minute"),
  Type.Literal("range"),
  Type.Literal("unknown"),
]);

export const DatePartSchema = Type.Union([
  Type.Literal("year"),
  Type.Literal("month"),
  Type.Literal("day"),
  Type.Literal("weekday"),
  Type.Literal("partOfDay"),
  Type.Literal("hour"),
  Type.Literal("minute"),
]);

export const DateSchema = Type.Object(
  {
    id: Id("d"),
    text: Type.String(),
    span: SpanSchema,
    kind: Type.Union([Type.Literal("point"), Type.Literal("range"), Type.Literal("open-range")], {
      description: "point: one day, month, year …; range: 4月7日至9日; open-range: 今年年初以来, from then until the page date.",
    }),
    type: Type.Union([Type.Literal("date"), Type.Literal("time"), Type.Literal("duration"), Type.Literal("set")], {
      description:
        "As TIMEX3: date (a day or longer: 4月7日, 今年, 一季度, 3年前), time (within a day: 4月7日上午, 下午3点, 半小时后), duration (a length: 两年, 三个多月, 30分钟), set (a recurrence: 每周一下午, 每年春节). Since schema 1.1.0.",
    }),
    value: Nullable(Type.String({ pattern: DATE_VALUE, description: "The one calendar day, month or year that contains the whole interval (4月7日上午 → 2021-04-07, 今年 → 2021), or the quarter or half of a year it is (一季度 → 2021-Q1, 上半年 → 2021-H1); null for ranges, durations, sets and when unresolved." })),
    start: Nullable(Type.String({ pattern: ISO_DATE_TIME, description: "Start of the denoted interval, inclusive, in the page's local time; null for an open start (此前, 截至…) or when unresolved." })),
    end: Nullable(Type.String({ pattern: ISO_DATE_TIME, description: "End of the denoted interval, exclusive (4月7日 ends at 2021-04-08T00:00); null for an open end (…起) or when unresolved." })),
    granularity: DateGranularitySchema,
    partOfDay: PartOfDaySchema,
    fuzzy: Type.Boolean({ description: "近日, 年初, 上旬 …: the bounds are approximate." }),
    written: Type.Array(DatePartSchema, { description: "Parts written in the text." }),
    inferred: Type.Array(DatePartSchema, { description: "Parts taken from the page date or an earlier date." }),
    duration: Nullable(Type.String({ pattern: ISO_DURATION, description: "type duration: the length, ISO 8601 (两年 → P2Y, 三个多月 → P3M with fuzzy, 一个半小时 → PT1H30M); null otherwise. Since schema 1.1.0." })),
    recurrence: Nullable(
      Type.String({
        description:
          "type set: an iCalendar (RFC 5545) recurrence rule, with the time of day as BYHOUR/BYMINUTE and lunar days as RFC 7529 RSCALE=CHINESE (每周一 → FREQ=WEEKLY;BYDAY=MO, 每天早上7点 → FREQ=DAILY;BYHOUR=7;BYMINUTE=0, 每年春节 → RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1); null otherwise. Since schema 1.1.0.",
      }),
    ),
    anchor: Type.Union([Id("d"), Type.Null()], {
      description: "An anaphoric date (当天, 次日, 同期, a bare 9日): the id of the earlier date of the article it is read from; null otherwise. Since schema 1.1.0.",
    }),
    articleId: Nullable(Id("a")),
    rule: Type.String(),
    boxes: Boxes,
  },
  { title: "DateMention" },
);

export const DiagnosticSchema = Type.Object(
  {
    code: Type.String({ description: "Stable, kebab-case, e.g. joined-broken-line, headline-after-body." }),
    severity: Type.Union([Type.Literal("info"), Type.Literal("warning")]),
    message: Type.String(),
    span: Nullable(SpanSchema),
  },
  { title: "Diagnostic" },
);

export const EntityGraphSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    input: Type.Object({
      length: Type.Integer({ minimum: 0 }),
      text: Type.Optional(Type.String({ description: "The text the library built from a page (baoxun/pdf), which every span indexes; absent when the caller gave the text." })),
      page: Type.Optional(
        Type.Object(
          {
            number: Type.Integer({ minimum: 1 }),
            width: Type.Number({ minimum: 0 }),
            height: Type.Number({ minimum: 0 }),
            unit: Type.Union([Type.Literal("pt"), Type.Literal("px")], { description: "pt: PDF points; px: pixels of the OCR'd image." }),
          },
          { description: "The page the graph was read from (baoxun/pdf): its number and size, in the unit of every box." },
        ),
      ),
    }),
    referenceDate: Nullable(IsoDate),
    referenceDateSource: Type.Union([Type.Literal("option"), Type.Literal("inferred"), Type.Null()], {
      description: "option: given by the caller; inferred: read off the page; null: none could be found.",
    }),
    articles: Type.Array(ArticleSchema),
    persons: Type.Array(PersonSchema),
    organizations: Type.Array(OrganizationSchema),
    roles: Type.Array(RoleSchema),
    credits: Type.Array(CreditSchema),
    dates: Type.Array(DateSchema),
    diagnostics: Type.Array(DiagnosticSchema),
  },
  { $id: "https://baoxun.dev/schema/entity-graph.json", title: "baoxun EntityGraph" },
);
