import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// A byline printed under its headline (本报记者郭伟成, 新华社记者潘大成) opens the article's text
// (issue 14): the page generator's gold called it a subtitle, and the library had learnt that. Pages
// written for this test, with invented names.
const squash = (s: string) => s.replace(/\s/g, "");
const read = (text: string) => {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  return {
    articles: graph.articles.map((a) => ({ starts: squash(text.slice(a.span.start, a.span.start + 12)).slice(0, 6), headline: a.headline ? squash(a.headline.text) : null })),
    credits: graph.credits.map((c) => `${c.kind}:${graph.persons.find((p) => p.id === c.personId)?.name ?? ""}`),
  };
};
const BODY = "清明前后，清源湖畔的茶园迎来采摘季，茶农们天不亮就上山。\n今年春茶产量预计比去年增长一成。\n";

describe("a byline under its headline", () => {
  it("with a blank line after it: one article, the headline without the byline, the byline a credit", () => {
    expect(read(`清源湖畔新茶香\n本报记者林晓东\n\n${BODY}`)).toEqual({
      articles: [{ starts: "清源湖畔新茶", headline: "清源湖畔新茶香" }],
      credits: ["reporter:林晓东"],
    });
  });

  it("glued to the headline and the text: the headline alone, not headline and byline", () => {
    const { articles } = read(`清源湖畔新茶香\n新华社记者周立成\n${BODY}`);
    expect(articles).toEqual([{ starts: "清源湖畔新茶", headline: "清源湖畔新茶香" }]);
  });

  it("two articles, each under its headline and byline", () => {
    const { articles } = read(`清源湖畔新茶香\n本报记者林晓东\n\n${BODY}\n江源新区开通公交专线\n本报记者王立群\n\n江源新区首条公交专线今天开通，沿线设站十二个。\n`);
    expect(articles.map((a) => a.headline)).toEqual(["清源湖畔新茶香", "江源新区开通公交专线"]);
  });
});

describe("must not", () => {
  it("a byline that closes a text (after a full stop) leaves the next headline its own article", () => {
    const { articles } = read(`清源湖畔新茶香\n\n${BODY}（本报记者林晓东报道）\n\n江源新区开通公交专线\n\n江源新区首条公交专线今天开通，沿线设站十二个。\n`);
    expect(articles.map((a) => a.headline)).toEqual(["清源湖畔新茶香", "江源新区开通公交专线"]);
  });

  it("a byline over two lines (本报记者 林晓 / 东) stays one credit line", () => {
    const { articles, credits } = read(`清源湖畔新茶香\n\n本报记者 林晓\n东\n\n${BODY}`);
    expect(articles).toHaveLength(1);
    expect(credits).toEqual(["reporter:林晓东"]);
  });
});
