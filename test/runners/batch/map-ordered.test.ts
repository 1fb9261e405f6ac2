import { describe, expect, it } from "vitest";
import { mapOrdered } from "../../../src/runners/batch/map-ordered.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("mapOrdered", () => {
  it("yields in input order whatever order the calls finish in", async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25, 2, 8];
    const result = await collect(mapOrdered(delays, async (ms, i) => (await sleep(ms), `${i}:${ms}`), 4));
    expect(result).toEqual(delays.map((ms, i) => `${i}:${ms}`));
  });

  it("runs up to `window` calls at once, and never more", async () => {
    let running = 0;
    let most = 0;
    await collect(
      mapOrdered(Array.from({ length: 20 }, (_, i) => i), async (i) => {
        running++;
        most = Math.max(most, running);
        await sleep(i % 4);
        running--;
      }, 3),
    );
    expect(most).toBe(3);
  });

  it("takes no more than `window` items ahead of a consumer that stops reading", async () => {
    let pulled = 0;
    const source = (function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
    })();
    const iterator = mapOrdered(source, async (i) => i, 5);
    expect((await iterator.next()).value).toBe(0);
    await sleep(10);
    expect(pulled).toBeLessThanOrEqual(6);
    await iterator.return();
  });

  it("yields a finished result while the source is still waiting for input", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = (async function* () {
      yield "first";
      await gate; // the rest of the input has not arrived yet
      yield "second";
    })();
    const iterator = mapOrdered(source, async (s) => s.toUpperCase(), 4);
    expect(await iterator.next()).toEqual({ value: "FIRST", done: false });
    release();
    expect(await iterator.next()).toEqual({ value: "SECOND", done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it("rethrows a rejected call when its turn comes", async () => {
    const failing = mapOrdered([1, 2, 3], async (n) => {
      if (n === 2) throw new Error("two");
      return n;
    }, 2);
    await expect(collect(failing)).rejects.toThrow("two");
  });

  it("rejects a window below 1", async () => {
    await expect(collect(mapOrdered([1], async (n) => n, 0))).rejects.toThrow(RangeError);
  });
});
