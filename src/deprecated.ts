/**
 * The names that moved from `baoxun` to `baoxun/render` and `baoxun/batch` in 0.2.0, still exported
 * from `baoxun` for one minor version (see CHANGELOG): the same functions, marked deprecated so that
 * editors point at the new import.
 */
import * as render from "./render.js";
import * as batch from "./batch.js";

/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const formatSummary = render.formatSummary;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toHtml = render.toHtml;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toCsv = render.toCsv;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toCytoscape = render.toCytoscape;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toGraphml = render.toGraphml;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toGraphology = render.toGraphology;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toJsonLines = render.toJsonLines;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export const toNodeLink = render.toNodeLink;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type FormatSummaryOptions = render.FormatSummaryOptions;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type ToHtmlOptions = render.ToHtmlOptions;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type CsvTableName = render.CsvTableName;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type CytoscapeElements = render.CytoscapeElements;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type EdgeAttributes = render.EdgeAttributes;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type EdgeType = render.EdgeType;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type GraphologyData = render.GraphologyData;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type NodeAttributes = render.NodeAttributes;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type NodeLinkGraph = render.NodeLinkGraph;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type NodeType = render.NodeType;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type RecordType = render.RecordType;
/** @deprecated Import it from "baoxun/render"; it leaves "baoxun" in 0.3.0. */
export type ToCsvOptions = render.ToCsvOptions;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const formatResultLine = batch.formatResultLine;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const isPageError = batch.isPageError;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const isPageInput = batch.isPageInput;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const mapOrdered = batch.mapOrdered;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const pageError = batch.pageError;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const parsePageLine = batch.parsePageLine;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const parseResultLine = batch.parseResultLine;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export const processPage = batch.processPage;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export type PageError = batch.PageError;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export type PageErrorCode = batch.PageErrorCode;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export type PageInput = batch.PageInput;
/** @deprecated Import it from "baoxun/batch"; it leaves "baoxun" in 0.3.0. */
export type PageResult = batch.PageResult;
