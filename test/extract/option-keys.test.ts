import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";
import { repairLayout } from "../../src/stages/1-repair-layout/index.js";
import { detectArticles } from "../../src/stages/2-articles/index.js";
import { extractWho } from "../../src/stages/5-people/index.js";
import { extractWhen } from "../../src/stages/6-dates/index.js";
import { toCsv } from "../../src/outputs/export/index.js";
import { formatSummary } from "../../src/outputs/format-summary/index.js";
import { toHtml } from "../../src/outputs/render-html/index.js";
import { toPageHtml } from "../../src/outputs/render-html/page-view.js";

const PAGE = "本报讯（记者林晓东）3月20日上午，清河新区召开安全生产工作会议。";

/** A typed invalid-option error whose message matches. */
const expectInvalidOption = (thrown: unknown, message: RegExp) => {
  expect(thrown).toBeInstanceOf(BaoxunError);
  expect((thrown as BaoxunError).code).toBe("invalid-option");
  expect((thrown as BaoxunError).message).toMatch(message);
};

/** What `run` throws, or undefined. */
const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

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

// The same for the renderers a caller passes options to: toCsv(graph, { boom: true }) wrote no BOM
// and said nothing.
describe("the renderers reject option keys they do not know", () => {
  const graph = extract(PAGE);
  const renderers: [string, (options: unknown) => unknown][] = [
    ["toCsv()", (options) => toCsv(graph, options as never)],
    ["toHtml()", (options) => toHtml(graph, PAGE, options as never)],
    ["formatSummary()", (options) => formatSummary(graph, options as never)],
    ["toPageHtml()", (options) => toPageHtml([], options as never)],
  ];

  it.each([
    ["toCsv()", { boom: true }, /^unknown option "boom" \(did you mean "bom"\?\); toCsv\(\) takes bom, escapeFormulas$/],
    ["toCsv()", { escapeFormula: false }, /unknown option "escapeFormula" \(did you mean "escapeFormulas"\?\)/],
    ["toHtml()", { titel: "第1版" }, /^unknown option "titel" \(did you mean "title"\?\); toHtml\(\) takes title$/],
    ["formatSummary()", { quoteTxt: false }, /unknown option "quoteTxt" \(did you mean "quoteText"\?\); formatSummary\(\) takes quoteText/],
    ["toPageHtml()", { scal: 2 }, /unknown option "scal" \(did you mean "scale"\?\); toPageHtml\(\) takes title, images, scale/],
    ["toCsv()", null, /^toCsv\(\)'s options must be an object$/],
  ])("%s with %j: a typed invalid-option error", (name, options, message) => {
    expectInvalidOption(thrownBy(() => renderers.find(([n]) => n === name)![1](options)), message);
  });

  it.each(renderers.map(([name, render]) => [name, render] as const))("%s takes no options, its own keys, and ignores inherited ones", (_, render) => {
    expect(thrownBy(() => render(undefined))).toBeUndefined();
    expect(thrownBy(() => render({}))).toBeUndefined();
    expect(thrownBy(() => render(Object.create({ inherited: true }) as object))).toBeUndefined();
  });

  it.each([
    [() => toCsv(graph, { bom: true, escapeFormulas: false })],
    [() => toHtml(graph, PAGE, { title: "第1版" })],
    [() => formatSummary(graph, { quoteText: false })],
    [() => toPageHtml([], { title: "x", images: {}, scale: 1 })],
  ])("every known key is accepted (%#)", (run) => {
    expect(thrownBy(run)).toBeUndefined();
  });
});

// The stage functions are public too (a notebook runs them one by one): a misspelt key there was
// ignored as well, and extractWho(page, { modelName: false }) still read names by the model.
describe("the stage functions reject option keys they do not know", () => {
  const page = detectArticles(repairLayout(PAGE));
  const stages: [string, (options: unknown) => unknown][] = [
    ["detectArticles()", (options) => detectArticles(repairLayout(PAGE), options as never)],
    ["extractWho()", (options) => extractWho(page, options as never)],
    ["extractWhen()", (options) => extractWhen(page, options as never)],
  ];

  it.each([
    ["detectArticles()", { dictionary: {} }, /^unknown option "dictionary" \(did you mean "dictionaries"\?\); detectArticles\(\) takes dictionaries, layout$/],
    ["detectArticles()", { referenceDate: "2026-03-21" }, /unknown option "referenceDate"; detectArticles\(\) takes dictionaries, layout/],
    ["extractWho()", { modelName: false }, /^unknown option "modelName" \(did you mean "modelNames"\?\); extractWho\(\) takes dictionaries, layout, modelNames$/],
    ["extractWhen()", { refernceDate: "2026-03-21" }, /^unknown option "refernceDate" \(did you mean "referenceDate"\?\); extractWhen\(\) takes referenceDate$/],
    ["extractWhen()", { dictionaries: {} }, /unknown option "dictionaries"; extractWhen\(\) takes referenceDate/],
  ])("%s with %j: a typed invalid-option error", (name, options, message) => {
    expectInvalidOption(thrownBy(() => stages.find(([n]) => n === name)![1](options)), message);
  });

  it.each(stages.map(([name, run]) => [name, run] as const))("%s takes no options, an empty object, and ignores inherited keys", (_, run) => {
    expect(thrownBy(() => run(undefined))).toBeUndefined();
    expect(thrownBy(() => run({}))).toBeUndefined();
    expect(thrownBy(() => run(Object.create({ inherited: true }) as object))).toBeUndefined();
  });

  it.each([
    [() => detectArticles(repairLayout(PAGE), { dictionaries: { surnames: ["欧阳"] }, layout: { lines: [] } })],
    [() => extractWho(page, { dictionaries: {}, layout: { lines: [] }, modelNames: false })],
    [() => extractWhen(page, { referenceDate: "2026-03-21" })],
  ])("every known key is accepted (%#)", (run) => {
    expect(thrownBy(run)).toBeUndefined();
  });

  it("extract() gives each stage only the stage's own options", () => {
    expect(extract(PAGE, { referenceDate: "2026-03-21", dictionaries: {} }).dates[0]?.value).toBe("2026-03-20");
  });
});
