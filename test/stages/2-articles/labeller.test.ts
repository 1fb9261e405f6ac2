import { describe, expect, it } from "vitest";
import { repairLayout } from "../../../src/stages/1-repair-layout/index.js";
import { splitPieces } from "../../../src/stages/2-articles/01-pieces.js";
import { markerLexicon } from "../../../src/stages/2-articles/markers.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { COHESION_BUCKETS, junctionCohesion } from "../../../src/stages/2-articles/labeller/cohesion.js";
import { weightTable } from "../../../src/stages/2-articles/labeller/weight-table.js";
import { LABELLER_WEIGHTS } from "../../../src/stages/2-articles/labeller/weights.js";
import { FEATURE_CODES } from "../../../src/stages/2-articles/labeller/features.js";
import { TAG_COUNT } from "../../../src/stages/2-articles/labeller/model.js";

const pieces = (text: string) => splitPieces(repairLayout(text), markerLexicon(resolveDictionaries(undefined))).pieces;
const TOO_LITTLE = COHESION_BUCKETS - 1;

describe("lexical cohesion across a line junction", () => {
  // Invented briefs: two paragraphs of one story about a reservoir, then a story about a library.
  const reservoir = "南山水库除险加固工程今天开工，水库大坝将加高两米，\n溢洪道同步拓宽，工程预计明年汛期前完工。\n";
  const reservoirMore = "水库管理处介绍，大坝加高后，南山水库的防洪标准\n将由五十年一遇提高到百年一遇，溢洪道可以更快泄洪。\n";
  const library = "清河新区图书馆春季读书月活动日前启动，馆内举办\n读书沙龙、亲子阅读等活动，市民凭读者证免费参加。\n";

  it("finds much shared between two paragraphs of one story", () => {
    const c = junctionCohesion(pieces(reservoir + reservoirMore));
    expect(c[2]).toBeGreaterThanOrEqual(3);
    expect(c[2]).toBeLessThan(TOO_LITTLE);
  });

  it("finds nothing or little shared where one story ends and another begins", () => {
    const c = junctionCohesion(pieces(reservoir + library));
    expect(c[2]).toBeLessThanOrEqual(1);
  });

  it("does not tell from too little text, nor above the first line", () => {
    expect([...junctionCohesion(pieces("开会。\n散会。\n"))]).toEqual([TOO_LITTLE, TOO_LITTLE]);
    expect(junctionCohesion(pieces(reservoir + library))[0]).toBe(TOO_LITTLE);
  });
});

describe("the labeller's weights", () => {
  it("decode into a table of the feature layout they were trained for", () => {
    const table = weightTable(LABELLER_WEIGHTS);
    expect(table.length).toBe(FEATURE_CODES * TAG_COUNT);
    const features = LABELLER_WEIGHTS.codes.split(",").length;
    expect(LABELLER_WEIGHTS.weights.split("\n").map((row) => row.split(",").length)).toEqual(Array(TAG_COUNT).fill(features));
    expect(table.filter((w) => w !== 0).length).toBeGreaterThan(features);
  });

  it("refuse weights trained for another feature layout, rather than score nonsense", () => {
    expect(() => weightTable({ ...LABELLER_WEIGHTS, layout: "1-x" })).toThrow(/feature layout 1-x/);
  });
});
