import { describe, expect, it } from "vitest";
import { repairLayout } from "../../../src/stages/1-repair-layout/index.js";
import { splitPieces } from "../../../src/stages/2-articles/01-pieces.js";
import { markerLexicon } from "../../../src/stages/2-articles/markers.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { COHESION_BUCKETS, junctionCohesion } from "../../../src/stages/2-articles/labeller/cohesion.js";
import { weightTable } from "../../../src/stages/2-articles/labeller/weight-table.js";
import { LABELLER_WEIGHTS, OLD_STYLE_WEIGHTS } from "../../../src/stages/2-articles/labeller/weights.js";
import { allowedTags, FEATURE_CODES, featureName, lineFeatures, oldStylePage } from "../../../src/stages/2-articles/labeller/features.js";
import { pageWeights, readByRules, type LineTags } from "../../../src/stages/2-articles/labeller/index.js";
import { writeAsciiNumbers } from "../../../src/text/ascii-numbers.js";
import { extract } from "../../../src/index.js";
import { mergeTags } from "../../../src/stages/2-articles/labeller/merge.js";
import { emissionScores, marginals, TAG_COUNT, TAGS, viterbi } from "../../../src/stages/2-articles/labeller/model.js";

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
    // Codes 3 and 5 (gaps 3, 2); tag by tag, each code's integer weight zigzagged (-1 -> 1, 2 -> 4).
    const perTag = [[1, -1], [0, 2], [0, 0], [-3, 0], [0, 0], [0, 0], [7, 0]];
    const zigzag = (x: number) => (x < 0 ? -2 * x - 1 : 2 * x);
    const weights = { ...LABELLER_WEIGHTS, scale: 4, codes: writeAsciiNumbers([3, 2]), weights: writeAsciiNumbers(perTag.flat().map(zigzag)) };
    const table = weightTable(weights);
    expect(table.length).toBe(FEATURE_CODES * TAG_COUNT);
    expect([...table.subarray(3 * TAG_COUNT, 4 * TAG_COUNT)]).toEqual(perTag.map(([w]) => w! * 4));
    expect([...table.subarray(5 * TAG_COUNT, 6 * TAG_COUNT)]).toEqual(perTag.map(([, w]) => w! * 4));
    expect(table.filter((w) => w !== 0).length).toBe(5);
  });

  it("of both models decode, and differ", () => {
    const modern = weightTable(LABELLER_WEIGHTS);
    const old = weightTable(OLD_STYLE_WEIGHTS);
    expect(modern.filter((w) => w !== 0).length).toBeGreaterThan(1000);
    expect(old.filter((w) => w !== 0).length).toBeGreaterThan(100);
    expect(modern.some((w, i) => w !== old[i])).toBe(true);
  });

  it("may be shifted by one number for all the tags of a feature: no tag and no probability changes (the trainer stores them so)", () => {
    // Invented: a headline, a lead, a second paragraph.
    const text = "清河新区召开安全生产会议\n\n本报讯（记者林晓东）3月20日上午，清河新区召开安全生产工作会议，\n部署今年的安全生产工作。\n区应急管理局局长周明远出席会议并讲话。\n";
    const lexicon = markerLexicon(resolveDictionaries(undefined));
    const split = pieces(text);
    const reading = readByRules(split, lexicon);
    const features = lineFeatures(split, reading);
    const allowed = allowedTags(split, reading);
    const n = split.count;
    const tag = (table: Float64Array) => {
      const scores = emissionScores(features, table);
      return { tags: [...viterbi(Float64Array.from(scores), n, LABELLER_WEIGHTS.transitions, allowed)], p: [...marginals(scores, n, LABELLER_WEIGHTS.transitions, LABELLER_WEIGHTS.temperature, allowed)] };
    };
    const table = weightTable(LABELLER_WEIGHTS);
    const before = tag(table);
    const fired = new Set(features.codes.subarray(0, features.start[n]));
    const shifted = Float64Array.from(table);
    let k = 0;
    for (const code of fired) {
      const shift = 37 * ((k++ % 5) - 2);
      for (let t = 0; t < TAG_COUNT; t++) shifted[code * TAG_COUNT + t]! += shift;
    }
    const after = tag(shifted);
    expect(after.tags).toEqual(before.tags);
    after.p.forEach((p, i) => expect(p).toBeCloseTo(before.p[i]!, 9));
    // Not so for one tag alone: the first line's main-title weight raised, its probability moves.
    const one = Float64Array.from(table);
    const M = TAGS.indexOf("M");
    one[features.codes[features.start[0]!]! * TAG_COUNT + M]! += 200;
    expect(Math.abs(tag(one).p[M]! - before.p[M]!)).toBeGreaterThan(1e-6);
  });

  it("refuse weights trained for another feature layout or written in another form, rather than score nonsense", () => {
    expect(() => weightTable({ ...LABELLER_WEIGHTS, layout: "1-x" })).toThrow(/feature layout 1-x/);
    expect(() => weightTable({ ...LABELLER_WEIGHTS, version: "3" })).toThrow(/another form/);
  });
});

describe("pages in the old style (、 for every pause)", () => {
  // Invented in the manner of a 1920s Shanghai tabloid page: a page header, then three pieces,
  // each a short title and its writer's pen name in brackets, the text paused with 、 only.
  const oldPage = `第三版　民國十年五月八日
晴報

說茶
（鈍叟）
吾鄉產茶、以明前爲上、雨前次之、其色淡而味長、非他處可比、近年商人
貪利、以陳茶混充新茶、售於外埠、價雖廉而味已變、鄉人知之、而外人不
知也、且茶之爲物、貴在其眞、一經攙雜、則香氣全失、飲者但覺其苦、不
覺其甘、是商人自壞其名也、願業此者、毋以小利而棄大信、則吾鄉之茶、
庶幾可以久遠矣、

菊部近聞
（小記者）
某伶自北來滬、連演三日、座客常滿、其唱工以高亢見長、做工亦細膩、惟
念白稍嫌含糊、識者惜之、聞其將於下月赴漢口、滬上顧曲家多有挽留之意、
而某伶以約期已定、未便更改、遂決計成行云、
又某舞臺新排一劇、布景極爲華麗、開演之夕、觀者塞途、然劇情冗長、至
夜半始終場、觀者多有倦色、
市聲
（阿大）
近日米價又漲、每石已逾十元、小民生計、日益艱難、當道雖有平糶之議、
然迄未實行、議論紛紛、莫衷一是、吾人所望者、早日施行、以蘇民困而已、
`;

  it("are told from modern pages by their pauses", () => {
    expect(oldStylePage(pieces(oldPage))).toBe(true);
    // A modern page: 、 separates a list's items and is under half of the pauses.
    const modern = "本报讯　清河新区今年新建公园、广场、绿道各一处，改造老旧小区十二个，新增停车位八百个。\n".repeat(4);
    expect(oldStylePage(pieces(modern))).toBe(false);
    // Too few pauses to say: a short list.
    expect(oldStylePage(pieces("公园、广场、绿道、小区、车位\n"))).toBe(false);
  });

  it("are read with the old-style weights: a piece per title, the page header in none", () => {
    expect(pageWeights(pieces(oldPage))).toBe(OLD_STYLE_WEIGHTS);
    const graph = extract(oldPage);
    expect(graph.articles.map((a) => a.headline?.main)).toEqual(["說茶", "菊部近聞", "市聲"]);
    expect(graph.articles.map((a) => oldPage.slice(a.span.end - 6, a.span.end))).toEqual(["可以久遠矣、", "者多有倦色、", "蘇民困而已、"]);
    expect(graph.articles[0]!.span.start).toBeGreaterThan(oldPage.indexOf("晴報"));
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
    // Where the people stand in the picture, not where it comes from (dictionaries/photo-sources.txt).
    none("清河湿地公园的白鹭飞回来了。　林晓摄（左二为护鸟员）\n入春以来，各小学陆续开放操场。\n");
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
