import { Ajv } from "ajv";
import { expect } from "vitest";
import { entityGraphSchema } from "../../src/schema/index.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import { foldTraditional } from "../../src/text/fold-traditional.js";
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
  // A person's or organization's mentions may be written in either script on a mixed page (陳明 and
  // 陈明): each equals the name up to the Traditional fold, and the name is as its first mention writes it.
  const writtenAt = (span: Span) => squashLayout(input.slice(span.start, span.end));
  for (const p of graph.persons) {
    for (const m of p.mentions) {
      expectSpanInside(m.span, input);
      expect(foldTraditional(writtenAt(m.span)), `${p.id} mention`).toBe(foldTraditional(squashLayout(p.name)));
    }
    if (p.mentions[0]) expect(squashLayout(p.name), `${p.id} name as first written`).toBe(writtenAt(p.mentions[0].span));
  }
  for (const o of graph.organizations) {
    for (const m of o.mentions) {
      const written = writtenAt(m.span);
      expect([o.name, ...o.aliases].map((n) => foldTraditional(squashLayout(n))), `${o.id} mention "${written}"`).toContain(foldTraditional(written));
    }
    const names = [o.name, ...o.aliases].map(squashLayout);
    if (o.mentions.length) expect(o.mentions.some((m) => names.includes(writtenAt(m.span))), `${o.id} named as written`).toBe(true);
  }
  for (const r of graph.roles) {
    texts.push({ what: `${r.id} role`, span: r.span, text: r.text });
    // Schema 1.2.0: every place the role is written, in text order, the first being its own span.
    expect(r.mentions[0], `${r.id} first mention`).toEqual(expect.objectContaining({ text: r.text, span: r.span, articleId: r.articleId }));
    r.mentions.forEach((m, k) => {
      texts.push({ what: `${r.id} mention ${k}`, span: m.span, text: m.text });
      expect(m.articleId, `${r.id} mention ${k} article`).toBe(r.articleId);
      if (k > 0) expect(m.span.start, `${r.id} mentions in order`).toBeGreaterThan(r.mentions[k - 1]!.span.start);
    });
  }
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
