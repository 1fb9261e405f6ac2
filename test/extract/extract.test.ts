import { describe, expect, it } from "vitest";
import { BaoxunError, extract, SCHEMA_VERSION } from "../../src/index.js";
import { expectValidGraph } from "../helpers/invariants.js";

describe("extract", () => {
  it("returns an empty, valid graph for empty and blank input", () => {
    for (const text of ["", "  \n\n\u3000", "\ufeff"]) {
      const graph = extract(text);
      expectValidGraph(graph, text);
      expect(graph.articles).toEqual([]);
      expect(graph.schemaVersion).toBe(SCHEMA_VERSION);
      expect(graph.input.length).toBe(text.length);
    }
  });

  it("uses the referenceDate option as given, and never the wall clock", () => {
    const text = "本报讯（记者周明远）会议指出，要抓好落实。";
    expect(extract(text, { referenceDate: "2026-03-21" })).toMatchObject({ referenceDate: "2026-03-21", referenceDateSource: "option" });
    expect(extract(text).referenceDateSource).not.toBe("option");
  });

  it("is deterministic and does not mutate its arguments", () => {
    const text = "清河新区召开会议\n\n本报讯（记者周明远）3月19日下午，会议召开。";
    const options = Object.freeze({ referenceDate: "2026-03-21" });
    const first = extract(text, options);
    expect(extract(text, options)).toEqual(first);
    expect(options).toEqual({ referenceDate: "2026-03-21" });
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it.each([
    [null, /got null/],
    [undefined, /got undefined/],
    [42, /got number/],
    [{ text: "本报讯" }, /got object/],
    [Buffer.from("本报讯"), /got a Buffer; decode bytes as UTF-8 first/],
  ])("rejects %j with a typed invalid-input error", (input, message) => {
    const call = () => extract(input as never);
    expect(call).toThrow(BaoxunError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect((error as BaoxunError).code).toBe("invalid-input");
    }
  });

  it.each(["2021-02-30", "2021-4-7", "yesterday", ""])("rejects the referenceDate %j", (referenceDate) => {
    expect(() => extract("本报讯", { referenceDate })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});
