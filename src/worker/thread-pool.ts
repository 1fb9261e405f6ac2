import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PageInput } from "../batch/page-result.js";
import { runTask, type ThreadData, type WorkerOutcome } from "../cli/page-task.js";
import type { ExtractOptions } from "../types.js";

/** Runs page tasks on worker threads (or, without the built worker file, in this thread). */
export interface ThreadPool {
  /** False when pages run in this thread, blocking it while they do. */
  readonly threaded: boolean;
  run(page: PageInput): Promise<WorkerOutcome>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` threads running the batch CLI's dist/batch-worker.js. Unlike the batch
 * CLI, a queue worker uses a thread even for one page at a time: its main thread must stay free
 * to renew its job locks, or a long page would look stalled and be taken by another worker.
 */
export async function createThreadPool(threads: number, options: ExtractOptions, workerUrl: URL | null = defaultWorkerUrl()): Promise<ThreadPool> {
  if (workerUrl === null || !existsSync(fileURLToPath(workerUrl))) {
    return {
      threaded: false,
      run: (page) => new Promise((resolve) => setImmediate(() => resolve(runTask({ page, options })))),
      close: async () => undefined,
    };
  }
  // Imported, not required: tinypool is ESM only, and this module is also built as CommonJS.
  const { Tinypool } = await import("tinypool");
  // The options go to each thread once, not with every page.
  const workerData: ThreadData = { options };
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, workerData });
  return {
    threaded: true,
    run: (page) => pool.run({ page }) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function defaultWorkerUrl(): URL | null {
  // Built, this code is in dist/worker.js or a chunk of dist/cli.js, beside dist/batch-worker.js.
  return import.meta.url.startsWith("file:") ? new URL("./batch-worker.js", import.meta.url) : null;
}
