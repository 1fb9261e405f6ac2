import { describe, expect, it } from "vitest";
import { repairLayout } from "../../../src/stages/1-repair-layout/index.js";
import { splitPieces } from "../../../src/stages/2-articles/01-pieces.js";
import { markerLexicon } from "../../../src/stages/2-articles/markers.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { COHESION_BUCKETS, junctionCohesion } from "../../../src/stages/2-articles/labeller/cohesion.js";
import { weightTable } from "../../../src/stages/2-articles/labeller/weight-table.js";
import { LABELLER_WEIGHTS } from "../../../src/stages/2-articles/labeller/weights.js";
import { FEATURE_CODES, featureName, lineFeatures } from "../../../src/stages/2-articles/labeller/features.js";
import { readByRules, type LineTags } from "../../../src/stages/2-articles/labeller/index.js";
import { mergeTags } from "../../../src/stages/2-articles/labeller/merge.js";
import { TAG_COUNT, TAGS } from "../../../src/stages/2-articles/labeller/model.js";

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

describe("the labeller's features of a caption's end and of a line's characters", () => {
  const lexicon = markerLexicon(resolveDictionaries(undefined));
  const names = (text: string, line: number) => {
    const split = splitPieces(repairLayout(text), lexicon).pieces;
    const features = lineFeatures(split, readByRules(split, lexicon));
    const codes = features.codes.subarray(features.start[line], features.start[line + 1]);
    return [...codes].map(featureName);
  };
  // Invented: a caption closing on its photographer, then a brief without a headline.
  const caption = "清河湿地公园的白鹭飞回来了。　本报记者　林晓摄（视觉中国）\n入春以来，清河新区各小学陆续开放操场，方便市民锻炼。\n";

  // The pt feature's first two marks: this line closes on a photographer, the line above does.
  const photo = (text: string, line: number) => names(text, line).find((n) => n.startsWith("pt:"))?.slice(3, 5);

  it("marks a line that closes on a photographer, with or without the source in brackets, and the line after it", () => {
    expect(photo(caption, 0)).toBe("10");
    expect(photo(caption, 1)).toBe("01");
    expect(photo("清河湿地公园的白鹭飞回来了。　林晓摄\n入春以来，各小学陆续开放操场。\n", 0)).toBe("10");
  });

  it("does not mark a line whose bracket is no photo source, nor one that ends in a word holding 摄", () => {
    const none = (text: string) => expect(photo(text, 0)).toBeUndefined();
    none("市民在湿地公园观鸟摄影展上留影（资料）。\n入春以来，各小学陆续开放操场。\n");
    none("他说，这次展览汇集了三十年来各地新闻摄影工作者的作品（其中包括获奖作品二十余幅，均为首次展出）\n入春以来，各小学陆续开放操场。\n");
  });

  it("reads a line's first and last two characters, and the neighbours' where they meet it", () => {
    const two = names(caption, 1);
    for (const template of ["f2", "l2", "pl2", "nf2"]) expect(two.some((n) => n.startsWith(`${template}:`)), template).toBe(template !== "nf2");
    // Bucketed: the same two characters give the same feature on any line.
    const a = names("近日，清河新区图书馆开放夜间阅览。\n", 0).find((n) => n.startsWith("f2:"));
    const b = names("近日，清河水库开工。\n", 0).find((n) => n.startsWith("f2:"));
    expect(a).toBe(b);
  });
});

describe("the rules and the labeller together", () => {
  const lines = (tags: string, probabilities: number[]): LineTags => {
    const n = tags.length;
    const probs = new Float64Array(n * TAG_COUNT);
    for (let p = 0; p < n; p++) probs[p * TAG_COUNT + TAGS.indexOf(tags[p] as (typeof TAGS)[number])] = probabilities[p]!;
    return { tags: Uint8Array.from([...tags].map((t) => TAGS.indexOf(t as (typeof TAGS)[number]))), probabilities: probs, allowed: new Uint8Array(n).fill(0x7f) } as unknown as LineTags;
  };
  const rules = (tags: string) => Uint8Array.from([...tags].map((t) => TAGS.indexOf(t as (typeof TAGS)[number])));
  const merged = (r: string, l: string, p: number[]) => [...mergeTags(rules(r), lines(l, p)).tags].map((t) => TAGS[t]).join("");

  it("starts a new article inside text the rules read as one only where the labeller leans to it", () => {
    expect(merged("MBIII", "MBIBI", [1, 1, 1, 0.55, 1])).toBe("MBIII");
    expect(merged("MBIII", "MBIBI", [1, 1, 1, 0.7, 1])).toBe("MBIBI");
  });

  it("demotes a headline of the rules to a subhead only when sure and on a page long enough to hold subheads", () => {
    const long = (head: string, rest: string) => head + rest.repeat(19);
    expect(merged(long("BIM", "I"), long("BIS", "I"), Array(22).fill(0.95))).toBe(long("BIS", "I"));
    expect(merged(long("BIM", "I"), long("BIS", "I"), [...Array(2).fill(1), 0.7, ...Array(19).fill(1)])).toBe(long("BIM", "I"));
    expect(merged("BIM", "BIS", [1, 1, 0.99])).toBe("BIM");
  });
});
