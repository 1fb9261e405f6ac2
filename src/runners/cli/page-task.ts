/**
 * One page of a batch run or a queue worker: extracted, and its output line already serialised,
 * so that JSON.stringify of big graphs runs on every core. Run in this thread, or on the worker
 * threads of dist/batch-worker.js (see batch-worker.ts), which give it the run's options.
 */
import { formatResultLine } from "../batch/lines.js";
import { isPageError, processPage, type PageError, type PageInput } from "../batch/page-result.js";
import type { ExtractOptions } from "../../contracts/options.js";

/** One page and the options to extract it with. */
export interface WorkerTask {
  readonly page: PageInput;
  readonly options: ExtractOptions;
}

/**
 * What a pool of threads gives each thread once when it starts: the run's options, which then
 * need not come with every page (a 50,000-name `persons` list cost about 5 ms a page to copy and
 * compare when they did).
 */
export interface ThreadData {
  readonly options: ExtractOptions;
}

/** What comes back: the page's output line and, for the final report, its error. */
export interface WorkerOutcome {
  readonly line: string;
  readonly error: PageError | null;
}

/** Extracts one page. */
export function runTask(task: WorkerTask): WorkerOutcome {
  const result = processPage(task.page, task.options);
  return { line: formatResultLine(result), error: isPageError(result) ? result.error : null };
}
