/**
 * `baoxun/batch`: the JSON Lines of batch runs (`baoxun extract --jsonl`), for code that feeds or
 * reads them: one page in, one result or error out, in order.
 *
 * @example
 * ```ts
 * import { formatResultLine, parsePageLine, processPage, type PageInput } from "baoxun/batch";
 * formatResultLine(processPage(parsePageLine('{"id":"p1","text":"本报讯"}', "line 1") as PageInput)).startsWith('{"id":"p1"'); // => true
 * ```
 */
export {
  formatResultLine,
  isPageError,
  isPageInput,
  mapOrdered,
  pageError,
  parsePageLine,
  parseResultLine,
  processPage,
  type PageError,
  type PageErrorCode,
  type PageInput,
  type PageResult,
} from "./runners/batch/index.js";
