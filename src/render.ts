/**
 * `baoxun/render`: a graph as other people's formats: a readable summary, an HTML view, CSV
 * tables, JSON Lines, node-link JSON, GraphML, and the data of Cytoscape and Graphology.
 *
 * @example
 * ```ts
 * import { extract } from "baoxun";
 * import { toCsv } from "baoxun/render";
 * toCsv(extract("本报讯（记者付凯明）区领导赵俊峰出席。")).persons.split("\r\n")[0]; // => "id,name,mentions"
 * ```
 */
export { formatSummary, type FormatSummaryOptions } from "./outputs/format-summary/index.js";
export { toHtml, type ToHtmlOptions } from "./outputs/render-html/index.js";
export {
  toCsv,
  toCytoscape,
  toGraphml,
  toGraphology,
  toJsonLines,
  toNodeLink,
  type CsvTableName,
  type CytoscapeElements,
  type EdgeAttributes,
  type EdgeType,
  type GraphologyData,
  type NodeAttributes,
  type NodeLinkGraph,
  type NodeType,
  type RecordType,
  type ToCsvOptions,
} from "./outputs/export/index.js";
