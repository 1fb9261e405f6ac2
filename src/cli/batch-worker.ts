/**
 * The tinypool worker of `baoxun extract DIR|FILE…` and `--jsonl`: extracts one page and returns
 * its output line already serialised, so that JSON.stringify of big graphs runs on every core.
 * Built by tsup to dist/batch-worker.js, beside dist/cli.js.
 */
import { formatResultLine } from "../batch/lines.js";
import { isPageError, processPage, type PageError, type PageInput } from "../batch/page-result.js";
import type { ExtractOptions } from "../types.js";

/** What the main thread sends for one page. */
export interface WorkerTask {
  readonly page: PageInput;
  readonly options: ExtractOptions;
}

/** What comes back: the page's output line and, for the final report, its error. */
export interface WorkerOutcome {
  readonly line: string;
  readonly error: PageError | null;
}

/** Runs one task; also used in-process when no worker threads are wanted. */
export function runTask(task: WorkerTask): WorkerOutcome {
  const result = processPage(task.page, sameOptions(task.options));
  return { line: formatResultLine(result), error: isPageError(result) ? result.error : null };
}

export default runTask;

let lastKey = "";
let lastOptions: ExtractOptions = {};

/**
 * Each task arrives with a fresh copy of the run's options (structured clone); hand every page
 * the same object, so that what is built once per options object (merged user dictionaries,
 * see resolveDictionaries) is built once per run, not once per page.
 */
function sameOptions(options: ExtractOptions): ExtractOptions {
  const key = JSON.stringify(options);
  if (key !== lastKey) {
    lastKey = key;
    lastOptions = options;
  }
  return lastOptions;
}
