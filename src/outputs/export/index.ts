/** Exporters to the formats of tools people already use: graph libraries, spreadsheets, JSON Lines. */
export {
  toCytoscape,
  toGraphology,
  toNodeLink,
  type CytoscapeElements,
  type EdgeAttributes,
  type EdgeType,
  type GraphologyData,
  type NodeAttributes,
  type NodeLinkGraph,
  type NodeType,
} from "./node-link.js";
export { toCsv, type CsvTableName, type ToCsvOptions } from "./csv.js";
export { toJsonLines, type RecordType } from "./json-lines.js";
export { toGraphml } from "./graphml.js";
