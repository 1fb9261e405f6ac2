/**
 * The tinypool worker of `baoxun extract DIR|FILE…`, `--jsonl` and the queue workers: one page per
 * call, extracted with the options the pool started this thread with (its workerData), one object
 * for every page, so that what is built once per options object (merged user dictionaries, see
 * resolveDictionaries) is built once per thread. Built by tsup to dist/batch-worker.js (ESM only:
 * tinypool is), beside dist/cli.js.
 */
import Tinypool from "tinypool";
import type { PageInput } from "../batch/page-result.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { runTask, type ThreadData, type WorkerOutcome } from "./page-task.js";

let options: ExtractOptions | undefined;

/** Extracts `task.page` with this thread's options. */
export default function work(task: { readonly page: PageInput }): WorkerOutcome {
  options ??= (Tinypool.workerData as ThreadData | undefined)?.options ?? {};
  return runTask({ page: task.page, options });
}
