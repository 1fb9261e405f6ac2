import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import type { EntityGraph } from "../../../src/contracts/graph.js";
import { expectValidGraph } from "../../helpers/invariants.js";
import { hasSeed, readSeedPage, SKIP_NOTE } from "../../helpers/shared.js";

const PERSONS = "刘静 郭树勋 李前进 张慧 付凯明 赵俊峰 王灿钰 武燕 金一南 吕沛 刘春明 冯利民 许海玲 姜坤峰 高鸿 申晓东 万英奎 侯建华 赵俊生 余自涛 张燕 习近平 宋崇飞".split(" ");

describe.skipIf(!hasSeed)(`who on the real seed page (${hasSeed ? "../shared/seed present" : SKIP_NOTE})`, () => {
  const input = hasSeed ? readSeedPage() : "";
  const graph: EntityGraph = hasSeed ? extract(input) : (undefined as never);
  const name = (personId: string) => graph.persons.find((p) => p.id === personId)!.name;
  const credits = () => graph.credits.map((c) => `${c.articleId} ${name(c.personId)} ${c.kind} ${c.scope}`);
  const roles = () => graph.roles.map((r) => `${r.articleId} ${name(r.personId)} ${r.title}`);

  it("is a valid graph", () => expectValidGraph(graph, input));

  it("finds the 23 persons and no one else", () => {
    expect(graph.persons.map((p) => p.name).sort()).toEqual([...PERSONS].sort());
  });

  it("credits 付凯明 on every 本报讯 article, 王灿钰 as correspondent, 宋崇飞 as photographer", () => {
    for (const a of graph.articles.filter((a) => a.opener?.text.startsWith("本报讯"))) expect(credits()).toContain(`${a.id} 付凯明 reporter article`);
    expect(credits()).toContain("a5 王灿钰 correspondent article");
    expect(credits()).toContain("a12 宋崇飞 photographer article");
  });

  it("credits 郭树勋 as compiler on each piece of the column, and the signed authors", () => {
    for (const a of ["a1", "a2", "a3"]) expect(credits()).toContain(`${a} 郭树勋 compiler column`);
    expect(credits()).toEqual(expect.arrayContaining(["a1 刘静 author article", "a2 李前进 author article", "a3 张慧 author article"]));
  });

  it.each([
    ["a1 刘静 局长"],
    ["a2 李前进 局长"],
    ["a3 张慧 部长"],
    ["a5 武燕 党委书记"],
    ["a6 金一南 成员"],
    ["a6 金一南 所长"],
    ["a6 吕沛 党工委书记"],
    ["a6 吕沛 管委会主任"],
    ["a6 高鸿 区领导"],
    ["a7 高鸿 区领导"],
    ["a8 余自涛 行长"],
    ["a8 张燕 副行长"],
    ["a11 习近平 总书记"],
  ])("pairs %s", (pair) => expect(roles()).toContain(pair));

  it("pairs at least 95% of the page's 49 person–role pairs, with no more than 2 extra", () => {
    const list = (a: string, names: string) => names.split(" ").map((n) => `${a} ${n} 区领导`);
    const expected = [
      "a1 刘静 局长", "a2 李前进 局长", "a3 张慧 部长", "a4 赵俊峰 区领导", "a5 武燕 党委书记",
      "a6 金一南 成员", "a6 金一南 所长", "a6 吕沛 党工委书记", "a6 吕沛 管委会主任", ...list("a6", "刘春明 冯利民 许海玲 姜坤峰 赵俊峰 高鸿"),
      "a7 吕沛 党工委书记", "a7 吕沛 管委会主任", ...list("a7", "许海玲 姜坤峰 申晓东 赵俊峰 高鸿 万英奎 侯建华 赵俊生"),
      "a8 吕沛 党工委书记", "a8 吕沛 管委会主任", "a8 余自涛 行长", "a8 张燕 副行长", "a8 赵俊生 区领导",
      "a9 吕沛 党工委书记", "a9 吕沛 管委会主任", "a9 吕沛 组长", ...list("a9", "刘春明 冯利民 赵俊峰"),
      "a11 吕沛 党工委书记", "a11 吕沛 管委会主任", ...list("a11", "刘春明 冯利民 许海玲 姜坤峰 申晓东 赵俊峰 万英奎 高鸿 侯建华 赵俊生"),
      "a11 习近平 总书记",
    ];
    const left = roles();
    let matched = 0;
    for (const e of expected) {
      const i = left.indexOf(e);
      if (i >= 0) {
        matched++;
        left.splice(i, 1);
      }
    }
    expect(matched / expected.length).toBeGreaterThanOrEqual(0.95);
    expect(left.length).toBeLessThanOrEqual(2);
  });

  it("gives 习近平 = 总书记, written four times in a11, one role with four mentions (schema 1.2.0)", () => {
    const held = graph.roles.filter((r) => r.articleId === "a11" && name(r.personId) === "习近平");
    expect(held.map((r) => [r.title, r.mentions.length])).toEqual([["总书记", 4]]);
  });

  it("ties 该行副行长 and 行长余自涛 to one bank with its abbreviation", () => {
    const bank = graph.organizations.find((o) => o.name === "中国农业发展银行焦作分行")!;
    expect(bank.aliases).toContain("农发行焦作分行");
    const byName = (n: string) => graph.roles.find((r) => name(r.personId) === n)!;
    expect(byName("余自涛").organizationId).toBe(bank.id);
    expect(byName("张燕").organizationId).toBe(bank.id);
  });

  it("keeps 原 as a qualifier of 金一南's role", () => {
    const role = graph.roles.find((r) => r.title === "所长")!;
    expect(role.qualifiers).toEqual(["原"]);
    // The role string runs from the army university, through 原, to the title (not quoted here).
    expect(role.text).toMatch(/^中国人民解放军\S+大学原\S+研究所所长$/u);
    // Exact without quoting it: two characters each in the elided parts, 19 in all.
    expect(role.text).toHaveLength(19);
  });

  it("keeps every later mention of 吕沛 on one person", () => {
    const lv = graph.persons.find((p) => p.name === "吕沛")!;
    expect(lv.mentions.length).toBeGreaterThanOrEqual(12);
  });
});
