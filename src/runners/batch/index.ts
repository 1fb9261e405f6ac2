/**
 * Batch and streaming building blocks, free of Node built-ins: the one-line-per-page format,
 * per-page processing that never throws, and an order-preserving concurrent map. The CLI
 * (`baoxun extract DIR|FILE… --out`, `baoxun extract - --jsonl`) and queue workers share them.
 */
export { isPageError, pageError, processPage, type PageError, type PageErrorCode, type PageInput, type PageResult } from "./page-result.js";
export { formatResultLine, isPageInput, parsePageLine, parseResultLine } from "./lines.js";
export { mapOrdered } from "./map-ordered.js";
