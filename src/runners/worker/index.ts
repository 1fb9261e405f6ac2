/**
 * `baoxun/worker`: a fleet of queue workers on Redis (BullMQ), for archives too big for one
 * machine. Node only; needs the optional dependency `bullmq`. The main `baoxun` entry never
 * loads this module.
 */
export { createWorker, type CreateWorkerOptions, type QueueWorker, type WorkerStats } from "./create-worker.js";
export { enqueuePages, type EnqueueOptions, type EnqueueSummary } from "./enqueue.js";
export { collectResults, type CollectOptions, type CollectSummary } from "./collect.js";
export { dropQueue, QueueBusyError, type DropOptions, type DropSummary } from "./drop.js";
export type { QueuedPage } from "./pages.js";
