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
import { lazy } from "../../lexicon/parse-list.js";
import { runTask, type ThreadData, type WorkerOutcome } from "./page-task.js";

/** This thread's options, read from its workerData on the first page. */
const threadOptions = lazy((): ExtractOptions => (Tinypool.workerData as ThreadData | undefined)?.options ?? {});

/** Extracts `task.page` with this thread's options. */
export default function work(task: { readonly page: PageInput }): WorkerOutcome {
  return runTask({ page: task.page, options: threadOptions() });
}
