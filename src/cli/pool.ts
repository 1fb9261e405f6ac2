import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { PageInput } from "../batch/page-result.js";
import type { ExtractOptions } from "../types.js";
import { runTask, type ThreadData, type WorkerOutcome } from "./page-task.js";

/** Runs page tasks, on worker threads or in this thread. */
export interface PagePool {
  readonly threads: number;
  run(page: PageInput): Promise<WorkerOutcome>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` worker threads running dist/batch-worker.js. In-process when `threads` is 1,
 * or when the worker file is absent (running from the TypeScript sources, as the tests do).
 */
export function createPagePool(threads: number, options: ExtractOptions, workerUrl: URL | null = defaultWorkerUrl()): PagePool {
  if (threads <= 1 || workerUrl === null || !existsSync(fileURLToPath(workerUrl))) {
    return {
      threads: 1,
      // A macrotask between pages lets the progress bar and the output stream breathe.
      run: (page) => new Promise((resolve) => setImmediate(() => resolve(runTask({ page, options })))),
      close: async () => undefined,
    };
  }
  // The options go to each thread once, not with every page.
  const workerData: ThreadData = { options };
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, workerData });
  return {
    threads,
    run: (page) => pool.run({ page }) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function defaultWorkerUrl(): URL | null {
  // After bundling, this code lives in dist/ beside batch-worker.js.
  return import.meta.url.startsWith("file:") ? new URL("./batch-worker.js", import.meta.url) : null;
}
