// A worker-thread file for the dead-letter test: the batch CLI's page task, except that a page
// whose id starts with "poison" throws every time, as a thread that crashes on a page would.
import work from "../../../dist/batch-worker.js";

export default function run(task) {
  if (task.page.id.startsWith("poison")) throw new Error("poisoned page");
  return work(task);
}
