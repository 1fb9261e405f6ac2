import { once } from "node:events";
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  drained: async () => {
    await once(process.stdout, "drain");
  },
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
});
