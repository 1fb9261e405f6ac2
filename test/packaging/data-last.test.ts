import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { moveDataLast, trapEarlyReads } from "../../scripts/build/data-last.js";

/** A string literal long enough to move. */
const LONG = JSON.stringify("数据".repeat(200));

/** Imports `code` as an ES module and returns its exports. */
async function load(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

describe("moveDataLast (scripts/build/data-last.ts)", () => {
  it("moves large literal-only values read only inside functions to the end, largest first; the module gives the same values", async () => {
    const code = `var a=1,b=${LONG},c=2,d={w:[1,-2.5,!0],s:${LONG}};function f(){return b.length+d.w[1]+a+c}export{f};`;
    const out = moveDataLast(code, "x.js");
    expect(out.moved).toEqual(["d", "b"]);
    expect(out.code).toMatch(/^var a=1,c=2;function f\(\)\{return b\.length\+d\.w\[1\]\+a\+c\}export\{f\};var d=\{w:/);
    expect(out.code.endsWith(`;var b=${LONG};`)).toBe(true);
    const before = (await load(code)).f as () => number;
    const after = (await load(out.code)).f as () => number;
    expect(after()).toBe(before());
  });

  it("removes a statement whose declarators all move, and keeps the others' commas right", async () => {
    const code = `var b=${LONG},e=${LONG};var g=3,h=${LONG};function f(){return b.length+e.length+h.length+g}export{f};`;
    const out = moveDataLast(code, "x.js");
    expect([...out.moved].sort()).toEqual(["b", "e", "h"]);
    expect(((await load(out.code)).f as () => number)()).toBe(((await load(code)).f as () => number)());
  });

  it("leaves what could change behaviour: a name read outside functions, a value that calls or reads a name, a short value", () => {
    const kept = [
      `var b=${LONG},alias=b;function f(){return alias}export{f};`, // read while the module is evaluated
      `var b=${LONG};export{b};`, // exported as it is
      `var b=[${LONG},String(1)];function f(){return b}export{f};`, // a call inside
      `var x=1,b={k:${LONG},y:x};function f(){return b}export{f};`, // a name inside
      `var b="short";function f(){return b}export{f};`,
    ];
    for (const code of kept) expect(moveDataLast(code, "x.js"), code).toMatchObject({ code, moved: [] });
  });

  it("the trap makes a read while the module is evaluated throw, which the move alone would leave undefined", async () => {
    // A function called at evaluation reads the moved value: the lexical check cannot see that.
    const code = `var b=${LONG};function f(){return b.length}var n=f();function g(){return n}export{g};`;
    const out = moveDataLast(code, "x.js");
    expect(out.moved).toEqual(["b"]);
    await expect(load(out.code)).rejects.toThrow(/undefined/);
    await expect(load(trapEarlyReads(out.code, out.moved))).rejects.toThrow(/data-last: a moved value was read/);
    const safe = moveDataLast(`var b=${LONG};function f(){return b.length}function g(){return f()}export{g};`, "x.js");
    expect(((await load(trapEarlyReads(safe.code, safe.moved))).g as () => number)()).toBe(400);
  });

  it("the built bundle keeps the labeller's weights and the dictionaries near its end", () => {
    const built = readFileSync(resolve(__dirname, "../../dist/index.js"), "utf8");
    const tail = built.slice(built.length * 0.6);
    // The weights' object, the surnames (丁, 万, 万俟) and the fold table's compact form.
    expect(tail).toMatch(/var \w+=\{version:"\d+",layout:/);
    expect(tail).toContain("丁\n万\n万俟");
  });
});
