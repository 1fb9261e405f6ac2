import { checkGraph } from "../graph/check-graph.js";
import type { EntityGraph } from "../../contracts/graph.js";
import { toNodeLink } from "./node-link.js";

/**
 * The graph as GraphML (Gephi, yEd, Cytoscape desktop, NetworkX): the nodes and edges of
 * {@link toNodeLink}, each attribute declared once as a `<key>` (a number where every value of it
 * is a number, a boolean where every value is one, otherwise a string); a null attribute is left
 * out. Text is escaped for XML, and the characters XML 1.0 cannot carry (control characters, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, so that any page gives a well-formed file.
 *
 * @example
 * ```ts
 * const xml = toGraphml(extract("本报讯（记者付凯明）会议召开。"));
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); // => true
 * xml.includes('<node id="p1">'); // => true
 * ```
 */
export function toGraphml(graph: EntityGraph): string {
  checkGraph(graph, "toGraphml");
  const { nodes, edges } = toNodeLink(graph);
  const nodeKeys = declareKeys(nodes.map((n) => n.attributes), "n");
  const edgeKeys = declareKeys(edges.map((e) => e.attributes), "e");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines("node", nodeKeys),
    ...keyLines("edge", edgeKeys),
    `<graph id="baoxun" edgedefault="directed">`,
    ...nodes.map((n) => `<node id="${xml(n.key)}">${dataOf(nodeKeys, n.attributes)}</node>`),
    ...edges.map((e) => `<edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">${dataOf(edgeKeys, e.attributes)}</edge>`),
    "</graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}

type Scalar = string | number | boolean | null;
type GraphmlType = "string" | "double" | "boolean";

/** A declared attribute: its `<key>` id and the one GraphML type all its values fit. */
interface Key {
  readonly id: string;
  readonly type: GraphmlType;
}

/** Each attribute name, in first-seen order, with its key id (`n0`, `e3` …) and type. */
function declareKeys(attributeSets: readonly Readonly<Record<string, Scalar>>[], prefix: string): Map<string, Key> {
  const typesOf = new Map<string, Set<GraphmlType>>();
  for (const attributes of attributeSets) {
    for (const [name, value] of Object.entries(attributes)) {
      const types = typesOf.get(name) ?? new Set<GraphmlType>();
      typesOf.set(name, types);
      if (value !== null) types.add(typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string");
    }
  }
  return new Map([...typesOf].map(([name, types], i) => [name, { id: `${prefix}${i}`, type: types.size === 1 ? [...types][0]! : "string" }]));
}

function keyLines(target: "node" | "edge", keys: ReadonlyMap<string, Key>): string[] {
  return [...keys].map(([name, key]) => `<key id="${key.id}" for="${target}" attr.name="${xml(name)}" attr.type="${key.type}"/>`);
}

function dataOf(keys: ReadonlyMap<string, Key>, attributes: Readonly<Record<string, Scalar>>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<data key="${keys.get(name)!.id}">${xml(String(value))}</data>`)
    .join("");
}

/**
 * Text escaped for an XML attribute or element: markup characters as references, and what XML 1.0
 * cannot hold at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF) as U+FFFD.
 */
export function xml(text: string): string {
  return text
    .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
    .replace(/\r/g, "&#13;");
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
