import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { toGraphml, toNodeLink } from "../../../src/outputs/export/index.js";
import { xml } from "../../../src/outputs/export/graphml.js";

const PAGE = "清河新区召开<安全>生产会议\n\n本报讯（记者林晓东 通讯员白露）3月20日上午，清河新区召开安全生产工作会议。区应急管理局局长周明远出席会议并讲话。\n";

/** What a graph tool reads back: graphology's own GraphML reader (the one Gephi's files go through). */
function readBack(text: string) {
  return parse(Graph, text) as Graph;
}

describe("toGraphml", () => {
  it("is read back by a GraphML reader as the same nodes, edges and attributes as toNodeLink", () => {
    const graph = extract(PAGE, { referenceDate: "2026-03-21" });
    const read = readBack(toGraphml(graph));
    const { nodes, edges } = toNodeLink(graph);
    expect(read.order).toBe(nodes.length);
    expect(read.size).toBe(edges.length);
    // An attribute name with values of several types (start: an offset on articles, an ISO
    // time on dates) is declared a string, so values are compared as text; typed ones below.
    const asText = (attributes: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));
    for (const n of nodes) expect(asText(read.getNodeAttributes(n.key))).toEqual(asText(n.attributes));
    expect(read.getNodeAttribute("p1", "mentions")).toBe(1);
    for (const e of edges) {
      expect(read.source(e.key)).toBe(e.source);
      expect(read.target(e.key)).toBe(e.target);
    }
    expect(read.getNodeAttribute("p1", "label")).toBe("林晓东");
  });

  it("declares each attribute once, typed by its values", () => {
    const out = toGraphml(extract(PAGE, { referenceDate: "2026-03-21" }));
    expect(out).toMatch(/<key id="n\d+" for="node" attr.name="label" attr.type="string"\/>/);
    expect(out).toMatch(/<key id="n\d+" for="node" attr.name="mentions" attr.type="double"\/>/);
    expect(out).toMatch(/<key id="n\d+" for="node" attr.name="start" attr.type="string"\/>/);
    expect(out).toMatch(/<key id="e\d+" for="edge" attr.name="count" attr.type="double"\/>/);
    expect(out.match(/attr.name="label"/g)).toHaveLength(1);
  });

  it.each([
    ["markup in the text", "<b>&\"'", "&lt;b&gt;&amp;&quot;&apos;"],
    ["a NUL and other controls", "a\u0000b\u0007c\u001f", "a\ufffdb\ufffdc\ufffd"],
    ["a lone high surrogate", "x\ud800y", "x\ufffdy"],
    ["a lone low surrogate", "x\udc00y", "x\ufffdy"],
    ["U+FFFE and U+FFFF", "\ufffe\uffff", "\ufffd\ufffd"],
    ["a carriage return, kept as a reference", "a\r\nb", "a&#13;\nb"],
  ])("xml(): %s", (_, text, escaped) => {
    expect(xml(text)).toBe(escaped);
  });

  it.each([
    ["a surrogate pair", "\ud83d\ude00"],
    ["tab and line feed", "a\tb\nc"],
    ["CJK text", "清河新区"],
  ])("xml() keeps %s", (_, text) => {
    expect(xml(text)).toBe(text);
  });

  it("any page gives a file the reader accepts: markup, controls and broken surrogates in a headline", () => {
    const text = `<清河\u0000新区&"召开'\ud800会议>\n\n本报讯（记者林晓东）3月20日上午，清河新区召开会议。\n`;
    expect(() => readBack(toGraphml(extract(text)))).not.toThrow();
  });
});
