import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// Pages that print some headlines before their bodies and some after (a PDF's reading order):
// each headline goes with the text whose wording it shares, and two headlines that meet between
// two texts are told apart (issue 14). Pages written for this test.
const A_BODY =
  "本报讯（记者林晓）3月5日上午，清河新区春季招聘会在新区人才市场开幕，两百余家企业带来三千多个岗位。\n招聘会持续三天，新区人才市场为求职者提供免费简历指导。\n";
const B_BODY =
  "本报讯（记者王刚）3月6日，南湖公园樱花节开幕，园内三千株樱花次第开放，吸引市民踏青赏花。\n樱花节期间，南湖公园延长开放时间，并开通赏花专线公交。\n";
const C_BODY =
  "本报讯（记者陈明）3月7日，滨江大桥主体工程完工，大桥全长一千二百米，预计年内通车。\n滨江大桥建成后，两岸通行时间将缩短半小时。\n";

const D_BODY = "本报讯 3月8日，清河新区图书馆延长周末开放时间，每周六、周日开放至晚上九点。\n";
const E_BODY = "本报讯（记者周明远）柳湾村的产业路3月9日修通，全长八公里，连起村里的茶园和加工厂。\n产业路修通后，茶叶运出村的时间缩短一半。\n";

const read = (text: string) => {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  return graph.articles.map((a) => ({
    main: a.headline?.main?.replace(/\s/g, "") ?? null,
    kicker: a.headline?.kicker ?? null,
    position: a.headline?.position ?? null,
    starts: text.slice(a.span.start, a.span.start + 6),
  }));
};

describe("headlines before and after their bodies on one page", () => {
  it("two headlines between two texts: the first closes the text above, the second opens the text below", () => {
    const text = `清河新区春季招聘会开幕\n${A_BODY}\n${B_BODY}南湖公园樱花节开幕\n滨江大桥主体工程完工\n${C_BODY}`;
    expect(read(text)).toEqual([
      { main: "清河新区春季招聘会开幕", kicker: null, position: "before", starts: "清河新区春季" },
      { main: "南湖公园樱花节开幕", kicker: null, position: "after", starts: "本报讯（记者" },
      { main: "滨江大桥主体工程完工", kicker: null, position: "before", starts: "滨江大桥主体" },
    ]);
  });

  it("a headline whose words are the text above's goes with it on a page that mostly prints headlines first", () => {
    // The other headlines vote for "before"; the text after 南湖公园樱花节开幕 has no headline.
    const text = `清河新区春季招聘会开幕\n${A_BODY}\n滨江大桥主体工程完工\n${C_BODY}\n${B_BODY}\n南湖公园樱花节开幕\n\n${D_BODY}\n柳湾村修通产业路\n${E_BODY}`;
    const mains = read(text).map((a) => [a.main, a.position]);
    expect(mains).toContainEqual(["南湖公园樱花节开幕", "after"]);
  });

  it("must not: a kicker that shares a word with the text above stays with its own main title", () => {
    // 春风里的南湖 shares 南湖 with the text above, but the block reads as one headline.
    const text = `${B_BODY}\n春风里的南湖\n滨江大桥主体工程完工\n${C_BODY}`;
    const articles = read(text);
    const bridge = articles.find((a) => a.main === "滨江大桥主体工程完工");
    expect(bridge?.kicker).toBe("春风里的南湖");
    expect(articles.map((a) => a.main)).not.toContain("春风里的南湖");
  });
});
