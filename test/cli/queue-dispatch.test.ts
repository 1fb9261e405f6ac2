import { describe, expect, it } from "vitest";
import { runInProcess } from "./cli-harness.js";

describe("baoxun worker | enqueue | collect", () => {
  it.each([["worker"], ["enqueue"], ["collect"]])("dispatches %s to the queue commands, which ask for Redis", async (command) => {
    const { code, stdout, stderr } = await runInProcess([command]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/missing --redis URL|enqueue takes folders/);
  });

  it("lists them in the usage", async () => {
    expect((await runInProcess(["--help"])).stdout).toContain("baoxun worker|enqueue|collect --help");
  });
});
