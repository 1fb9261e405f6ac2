import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import { runTask, type WorkerOutcome, type WorkerTask } from "./batch-worker.js";

/** Runs page tasks, on worker threads or in this thread. */
export interface PagePool {
  readonly threads: number;
  run(task: WorkerTask): Promise<WorkerOutcome>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` worker threads running dist/batch-worker.js. In-process when `threads` is 1,
 * or when the worker file is absent (running from the TypeScript sources, as the tests do).
 */
export function createPagePool(threads: number, workerUrl: URL | null = defaultWorkerUrl()): PagePool {
  if (threads <= 1 || workerUrl === null || !existsSync(fileURLToPath(workerUrl))) {
    return {
      threads: 1,
      // A macrotask between pages lets the progress bar and the output stream breathe.
      run: (task) => new Promise((resolve) => setImmediate(() => resolve(runTask(task)))),
      close: async () => undefined,
    };
  }
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads });
  return {
    threads,
    run: (task) => pool.run(task) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function defaultWorkerUrl(): URL | null {
  // After bundling, this code lives in dist/ beside batch-worker.js.
  return import.meta.url.startsWith("file:") ? new URL("./batch-worker.js", import.meta.url) : null;
}
