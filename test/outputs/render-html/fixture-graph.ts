import { SCHEMA_VERSION } from "../../../src/schema/entity-graph.js";
import type { EntityGraph, Span } from "../../../src/contracts/graph.js";

/**
 * An invented page with every kind of entity, written by hand so that the renderers' tests do not
 * depend on the extractors: a role that contains an organization mention, a credit that contains
 * a person mention, a CRLF line end, and characters that must be escaped (<, >, &, quotes).
 */
export const FIXTURE_TEXT =
  "清河新区召开<安全>生产会议\r\n\r\n本报讯（记者林晓东）3月20日上午，清河新区召开“安全 & 生产”工作会议。区应急管理局局长周明远出席会议并讲话。\n";

export function at(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

export function fixtureGraph(text = FIXTURE_TEXT): EntityGraph {
  const headline = at(text, "清河新区召开<安全>生产会议");
  return {
    schemaVersion: SCHEMA_VERSION,
    input: { length: text.length },
    referenceDate: "2026-03-21",
    referenceDateSource: "option",
    articles: [
      {
        id: "a1",
        span: { start: 0, end: text.length - 1 },
        kind: "news",
        headline: { text: "清河新区召开<安全>生产会议", kicker: null, main: "清河新区召开<安全>生产会议", subtitle: null, spans: [headline], position: "before", confidence: 1 },
        body: { start: at(text, "本报讯").start, end: text.length - 1 },
        opener: { text: "本报讯（记者林晓东）", span: at(text, "本报讯（记者林晓东）") },
        columnId: null,
        confidence: 1,
        subheads: [],
      },
    ],
    persons: [
      { id: "p1", name: "林晓东", mentions: [{ span: at(text, "林晓东"), articleId: "a1" }] },
      { id: "p2", name: "周明远", mentions: [{ span: at(text, "周明远"), articleId: "a1" }] },
    ],
    organizations: [{ id: "o1", name: "区应急管理局", aliases: ["应急局"], mentions: [{ span: at(text, "区应急管理局"), articleId: "a1" }] }],
    roles: [
      { id: "r1", personId: "p2", title: "局长", organizationId: "o1", text: "区应急管理局局长", span: at(text, "区应急管理局局长"), mentions: [{ text: "区应急管理局局长", span: at(text, "区应急管理局局长"), articleId: "a1" }], articleId: "a1", qualifiers: [], rule: "title-name" },
    ],
    credits: [
      { id: "c1", personId: "p1", articleId: "a1", kind: "reporter", span: at(text, "记者林晓东"), marker: "记者", affiliation: "本报", scope: "article", rule: "opener" },
    ],
    dates: [
      {
        id: "d1",
        text: "3月20日上午",
        span: at(text, "3月20日上午"),
        kind: "point",
        value: "2026-03-20",
        start: "2026-03-20T08:00",
        end: "2026-03-20T12:00",
        granularity: "part-of-day",
        type: "time",
        duration: null,
        recurrence: null,
        anchor: null,
        partOfDay: "morning",
        fuzzy: false,
        written: ["month", "day", "partOfDay"],
        inferred: ["year"],
        articleId: "a1",
        rule: "month+day+part-of-day",
      },
    ],
    diagnostics: [{ code: "test-<note>", severity: "info", message: "a diagnostic with <markup> & \"quotes\"", span: null }],
  };
}
