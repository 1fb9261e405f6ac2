import { Ajv } from "ajv";
import { expect } from "vitest";
import { entityGraphSchema } from "../../src/schema/index.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import type { EntityGraph, Span } from "../../src/contracts/graph.js";

const validate = new Ajv({ allErrors: true, strict: false }).compile(entityGraphSchema);

/** Schema validity, the span invariant, unique ids and resolving references: checked on every output. */
export function expectValidGraph(graph: EntityGraph, input: string): void {
  const valid = validate(graph);
  expect(validate.errors ?? [], "schema errors").toEqual([]);
  expect(valid).toBe(true);
  expect(graph.input.length).toBe(input.length);

  const texts: { what: string; span: Span; text: string }[] = [];
  for (const a of graph.articles) {
    expectSpanInside(a.span, input);
    expectSpanInside(a.body, input);
    if (a.opener) texts.push({ what: `${a.id} opener`, span: a.opener.span, text: a.opener.text });
    a.headline?.spans.forEach((s) => expectSpanInside(s, input));
  }
  for (const p of graph.persons) for (const m of p.mentions) texts.push({ what: `${p.id} mention`, span: m.span, text: p.name });
  for (const o of graph.organizations) {
    for (const m of o.mentions) {
      const written = squashLayout(input.slice(m.span.start, m.span.end));
      expect([o.name, ...o.aliases].map(squashLayout), `${o.id} mention "${written}"`).toContain(written);
    }
  }
  for (const r of graph.roles) texts.push({ what: `${r.id} role`, span: r.span, text: r.text });
  for (const d of graph.dates) texts.push({ what: `${d.id} date`, span: d.span, text: d.text });
  for (const c of graph.credits) expectSpanInside(c.span, input);
  for (const t of texts) {
    expectSpanInside(t.span, input);
    expect(squashLayout(input.slice(t.span.start, t.span.end)), t.what).toBe(squashLayout(t.text));
  }

  const ids = [graph.articles, graph.persons, graph.organizations, graph.roles, graph.credits, graph.dates].flatMap((c) => c.map((e) => e.id));
  expect(new Set(ids).size, "ids are unique").toBe(ids.length);
  const has = (list: { id: string }[], id: string | null) => id === null || list.some((e) => e.id === id);
  for (const r of graph.roles) {
    expect(has(graph.persons, r.personId), `${r.id}.personId`).toBe(true);
    expect(has(graph.organizations, r.organizationId), `${r.id}.organizationId`).toBe(true);
    expect(has(graph.articles, r.articleId), `${r.id}.articleId`).toBe(true);
  }
  for (const c of graph.credits) {
    expect(has(graph.persons, c.personId), `${c.id}.personId`).toBe(true);
    expect(has(graph.articles, c.articleId), `${c.id}.articleId`).toBe(true);
  }
  for (const d of graph.dates) expect(has(graph.articles, d.articleId), `${d.id}.articleId`).toBe(true);
  for (const p of [...graph.persons, ...graph.organizations]) for (const m of p.mentions) expect(has(graph.articles, m.articleId)).toBe(true);
}

function expectSpanInside(span: Span, input: string): void {
  expect(span.start, "span start").toBeGreaterThanOrEqual(0);
  expect(span.end, "span end").toBeGreaterThanOrEqual(span.start);
  expect(span.end, "span end").toBeLessThanOrEqual(input.length);
}
