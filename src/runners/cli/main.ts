import { once } from "node:events";
import { runCli } from "./run.js";

// `baoxun extract big.txt | head`: once the reader has gone, the rest of the output has no one to
// read it. Stop quietly, as a filter should, rather than die on EPIPE with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  drained: async () => {
    await once(process.stdout, "drain");
  },
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
});
