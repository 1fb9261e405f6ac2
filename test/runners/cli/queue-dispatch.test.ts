import { describe, expect, it } from "vitest";
import { runInProcess } from "./cli-harness.js";

describe("baoxun worker | enqueue | collect | drop", () => {
  it.each([["worker"], ["enqueue"], ["collect"], ["drop"]])("dispatches %s to the queue commands, which ask for Redis", async (command) => {
    const { code, stdout, stderr } = await runInProcess([command]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/missing --redis URL|enqueue takes folders/);
  });

  it.each([
    [["collect", "--force", "--redis", "redis://127.0.0.1:1", "--queue", "q"], "collect takes no --force"],
    [["enqueue", "p.txt", "--dictionaries", "d.json", "--redis", "redis://127.0.0.1:1", "--queue", "q"], "enqueue takes no --dictionaries"],
    [["drop", "--wait", "5", "--redis", "redis://127.0.0.1:1", "--queue", "q"], "drop takes no --wait"],
  ])("%j: a flag of another command is a usage error, not ignored", async (args, message) => {
    const { code, stderr } = await runInProcess(args);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(`baoxun: ${message}`);
  });

  it("a worker's --dictionaries file and --reference-date are checked before Redis is asked", async () => {
    const missing = await runInProcess(["worker", "--dictionaries", "/nonexistent/d.json", "--redis", "redis://127.0.0.1:1", "--queue", "q"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "baoxun: cannot read dictionaries /nonexistent/d.json: no such file\n" });
    const badDate = await runInProcess(["worker", "--reference-date", "2021-02-30", "--redis", "redis://127.0.0.1:1", "--queue", "q"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^baoxun: .*2021-02-30/);
    // enqueue checks its date the same way, before reading a page or asking Redis.
    const enqueued = await runInProcess(["enqueue", "/nonexistent/pages", "--reference-date", "2021-02-30", "--redis", "redis://127.0.0.1:1", "--queue", "q"]);
    expect([enqueued.code, enqueued.stderr.split("\n")[0]]).toEqual([2, badDate.stderr.split("\n")[0]]);
  });

  it("lists them in the usage", async () => {
    expect((await runInProcess(["--help"])).stdout).toContain("baoxun worker|enqueue|collect|drop --help");
  });
});
