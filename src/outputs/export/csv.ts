import { checkGraph } from "../graph/check-graph.js";
import { byId, mentionsOf } from "../graph/lookup.js";
import { checkOptionKeys } from "../../option-keys.js";
import type { EntityGraph } from "../../contracts/graph.js";

/**
 * The tables of {@link toCsv}: one per collection, plus the mentions of persons, organizations and
 * roles (a role written three times, 总书记 … 总书记, is one row of `roles` and three of `mentions`).
 */
export type CsvTableName = "articles" | "persons" | "organizations" | "mentions" | "roles" | "credits" | "dates" | "diagnostics";

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Start each table with a UTF-8 byte order mark, so that Excel reads Chinese correctly. Default false. */
  readonly bom?: boolean;
  /**
   * Put `'` before a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
   * so that a spreadsheet shows it as text instead of running it as a formula (CSV injection:
   * page text is whatever a scraped page held). Default true; pass false for the texts exactly
   * as they are, e.g. for pandas. Numbers are never touched.
   */
  readonly escapeFormulas?: boolean;
}

/** Every key of {@link ToCsvOptions}: any other is refused (a misspelt `boom` would be ignored). */
const CSV_OPTION_KEYS: Readonly<Record<keyof ToCsvOptions, true>> = { bom: true, escapeFormulas: true };

type Cell = string | number | boolean | null;

/**
 * The graph as CSV tables (RFC 4180: comma-separated, `"`-quoted when needed, CRLF line ends),
 * one per collection, for spreadsheets and `pandas.read_csv`. Spans become `start` and `end`
 * columns; lists are joined with `|`; null is an empty cell. Every table has its header row even
 * when it has no rows. Text that a spreadsheet would run as a formula is escaped (see
 * {@link ToCsvOptions.escapeFormulas}).
 *
 * @example
 * ```ts
 * const graph = extract("本报讯（记者林晓东）3月20日上午，清河新区召开会议。");
 * toCsv(graph).credits;
 * // => "id,articleId,personId,person,kind,marker,affiliation,scope,start,end,rule\r\nc1,a1,p1,林晓东,reporter,记者,,article,4,9,opener\r\n"
 * ```
 */
export function toCsv(graph: EntityGraph, options: ToCsvOptions = {}): Record<CsvTableName, string> {
  checkGraph(graph, "toCsv");
  checkOptionKeys("toCsv()", options, CSV_OPTION_KEYS);
  const persons = byId(graph.persons);
  const organizations = byId(graph.organizations);
  const person = (id: string) => persons.get(id)?.name ?? null;
  const organization = (id: string | null) => (id === null ? null : organizations.get(id)?.name ?? null);
  const escapeFormulas = options.escapeFormulas ?? true;
  const format = (value: Cell) => cell(value, escapeFormulas);
  const table = (header: readonly string[], rows: readonly (readonly Cell[])[]) =>
    (options.bom ? "\ufeff" : "") + [header, ...rows].map((row) => row.map(format).join(",") + "\r\n").join("");
  return {
    articles: table(
      ["id", "kind", "start", "end", "bodyStart", "bodyEnd", "headline", "kicker", "main", "subtitle", "headlinePosition", "opener", "columnId"],
      graph.articles.map((a) => [a.id, a.kind, a.span.start, a.span.end, a.body.start, a.body.end, a.headline?.text ?? null, a.headline?.kicker ?? null, a.headline?.main ?? null, a.headline?.subtitle ?? null, a.headline?.position ?? null, a.opener?.text ?? null, a.columnId]),
    ),
    persons: table(["id", "name", "mentions"], graph.persons.map((p) => [p.id, p.name, p.mentions.length])),
    organizations: table(["id", "name", "aliases", "mentions"], graph.organizations.map((o) => [o.id, o.name, o.aliases.join("|"), o.mentions.length])),
    mentions: table(
      ["entityId", "type", "name", "articleId", "start", "end"],
      [
        ...graph.persons.flatMap((p) => p.mentions.map((m) => [p.id, "person", p.name, m.articleId, m.span.start, m.span.end])),
        ...graph.organizations.flatMap((o) => o.mentions.map((m) => [o.id, "organization", o.name, m.articleId, m.span.start, m.span.end])),
        // A role's name is the role as written at that place (市长 after 清河市市长).
        ...graph.roles.flatMap((r) => mentionsOf(r).map((m) => [r.id, "role", m.text, m.articleId, m.span.start, m.span.end])),
      ],
    ),
    roles: table(
      ["id", "articleId", "personId", "person", "title", "organizationId", "organization", "text", "qualifiers", "start", "end", "rule", "mentions"],
      graph.roles.map((r) => [r.id, r.articleId, r.personId, person(r.personId), r.title, r.organizationId, organization(r.organizationId), r.text, r.qualifiers.join("|"), r.span.start, r.span.end, r.rule, mentionsOf(r).length]),
    ),
    credits: table(
      ["id", "articleId", "personId", "person", "kind", "marker", "affiliation", "scope", "start", "end", "rule"],
      graph.credits.map((c) => [c.id, c.articleId, c.personId, person(c.personId), c.kind, c.marker, c.affiliation, c.scope, c.span.start, c.span.end, c.rule]),
    ),
    dates: table(
      ["id", "articleId", "text", "kind", "value", "startTime", "endTime", "granularity", "partOfDay", "fuzzy", "written", "inferred", "start", "end", "rule"],
      graph.dates.map((d) => [d.id, d.articleId, d.text, d.kind, d.value, d.start, d.end, d.granularity, d.partOfDay, d.fuzzy, d.written.join("|"), d.inferred.join("|"), d.span.start, d.span.end, d.rule]),
    ),
    diagnostics: table(
      ["code", "severity", "message", "start", "end"],
      graph.diagnostics.map((d) => [d.code, d.severity, d.message, d.span?.start ?? null, d.span?.end ?? null]),
    ),
  };
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell, escapeFormulas: boolean): string {
  if (value === null) return "";
  const text = escapeFormulas && typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
