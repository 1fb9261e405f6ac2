import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";

const PAGE = "本报讯（记者林晓东）3月20日上午，清河新区召开安全生产工作会议。";

// Issue 18: in plain JavaScript a misspelt option was ignored, and the page silently resolved
// against the date it inferred instead of the one the caller meant to give.
describe("extract() rejects option keys it does not know", () => {
  it.each([
    [{ refernceDate: "2026-03-21" }, /unknown option "refernceDate" \(did you mean "referenceDate"\?\); extract\(\) takes referenceDate, dictionaries/],
    [{ reference_date: "2026-03-21" }, /unknown option "reference_date" \(did you mean "referenceDate"\?\)/],
    [{ dictionary: {} }, /unknown option "dictionary" \(did you mean "dictionaries"\?\)/],
    [{ referenceDate: "2026-03-21", locale: "zh-TW" }, /unknown option "locale"; extract\(\) takes/],
    [{ a: 1, b: 2 }, /unknown options? "a", "b"/],
  ])("%j is a typed invalid-option error", (options, message) => {
    let thrown: unknown;
    try {
      extract(PAGE, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BaoxunError);
    expect((thrown as BaoxunError).code).toBe("invalid-option");
    expect((thrown as BaoxunError).message).toMatch(message);
  });

  it.each([
    [{}],
    [{ referenceDate: "2026-03-21" }],
    [{ referenceDate: undefined }],
    [{ dictionaries: { surnames: ["欧阳"] } }],
    [{ referenceDate: "2026-03-21", dictionaries: {} }],
  ])("%j is accepted", (options) => {
    expect(() => extract(PAGE, options as never)).not.toThrow();
  });

  it("an inherited key is not an option (only the object's own keys are read)", () => {
    const options = Object.create({ inherited: true }) as object;
    expect(() => extract(PAGE, options as never)).not.toThrow();
  });
});
