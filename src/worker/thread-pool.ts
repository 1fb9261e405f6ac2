import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runTask, type WorkerOutcome, type WorkerTask } from "../cli/batch-worker.js";

/** Runs page tasks on worker threads (or, without the built worker file, in this thread). */
export interface ThreadPool {
  /** False when pages run in this thread, blocking it while they do. */
  readonly threaded: boolean;
  run(task: WorkerTask): Promise<WorkerOutcome>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` threads running the batch CLI's dist/batch-worker.js. Unlike the batch
 * CLI, a queue worker uses a thread even for one page at a time: its main thread must stay free
 * to renew its job locks, or a long page would look stalled and be taken by another worker.
 */
export async function createThreadPool(threads: number, workerUrl: URL | null = defaultWorkerUrl()): Promise<ThreadPool> {
  if (workerUrl === null || !existsSync(fileURLToPath(workerUrl))) {
    return {
      threaded: false,
      run: (task) => new Promise((resolve) => setImmediate(() => resolve(runTask(task)))),
      close: async () => undefined,
    };
  }
  // Imported, not required: tinypool is ESM only, and this module is also built as CommonJS.
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads });
  return {
    threaded: true,
    run: (task) => pool.run(task) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function defaultWorkerUrl(): URL | null {
  // Built, this code is in dist/worker.js or a chunk of dist/cli.js, beside dist/batch-worker.js.
  return import.meta.url.startsWith("file:") ? new URL("./batch-worker.js", import.meta.url) : null;
}
