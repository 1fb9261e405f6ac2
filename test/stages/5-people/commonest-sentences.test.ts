import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import type { EntityGraph } from "../../../src/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";

/** The graph of an invented sentence, checked for the span invariant. */
function graphOf(text: string): EntityGraph {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  return graph;
}

/** Each role as `title @ organization «text»` (organization "-" when none). */
function roles(text: string): string[] {
  const graph = graphOf(text);
  const org = new Map(graph.organizations.map((o) => [o.id, o.name]));
  return graph.roles.map((r) => `${r.title} @ ${r.organizationId === null ? "-" : org.get(r.organizationId)} «${r.text}»`);
}

const persons = (text: string) => graphOf(text).persons.map((p) => p.name);

describe("the first sentence of a report: the role starts after the opener's bracket", () => {
  it.each([
    ["本报讯（记者张三）市长李明出席会议。", ["市长 @ - «市长»"]],
    ["本报讯（记者张三）清河市市长李明出席会议。", ["市长 @ 清河市 «清河市市长»"]],
    ["本报讯（记者张三）市委书记李明出席会议。", ["书记 @ 市委 «市委书记»"]],
    ["新华社北京3月5日电（记者张三）市长李明出席会议。", ["市长 @ - «市长»"]],
    ["本报讯（通讯员王刚）市长李明出席会议。", ["市长 @ - «市长»"]],
    ["（某某社记者林志明台北27日电）台北市长王大同今天出席会议。", ["市长 @ - «台北市长»"]],
  ])("%s → %j", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  // 同 is as often a word after a name (同他一起) as the end of one; the name model, which reads
  // what follows, decides: 王大同 before 今天, 王刚 before 同他们.
  it("reads the name after a dateline in the bracket whole (王大同, not 王大)", () => {
    expect(persons("（某某社记者林志明台北27日电）台北市长王大同今天出席会议。")).toEqual(["林志明", "王大同"]);
  });
  it("leaves 同 out of a name when it starts the next phrase (市长王刚同他们)", () => {
    expect(persons("市长王刚同他们一起出席会议。")).toEqual(["王刚"]);
  });

  it.each([
    // An alias in brackets is part of the organization.
    ["示范区（高新区）党工委书记吕文沛主持会议。", ["党工委书记 @ 示范区（高新区） «示范区（高新区）党工委书记»"]],
    ["清河新区（高新区）管委会主任韩东升出席。", ["管委会主任 @ 清河新区（高新区） «清河新区（高新区）管委会主任»"]],
  ])("keeps an alias bracket: %s", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe("a title vouches for the name after it", () => {
  it.each([
    ["市长李四出席会议。", ["李四"]],
    ["主任王五表示，工程年底完工。", ["王五"]],
    ["局长张三说，今年要办好三件事。", ["张三"]],
  ])("%s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([["分析师普遍认为，价格还会上涨。"], ["导演单元的评委已经选定。"], ["市长热线全天开通。"]])("finds no one in %s", (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("a name next to a conjunction or a time word (李明和今天, 张三与…局长李四)", () => {
  // After a name, 和 joins it to what follows far more often than it ends a given name.
  it.each([
    ["李明和今天上午出席会议。", ["李明"]],
    ["李明和今天到场的嘉宾一一握手。", ["李明"]],
    ["市长李明和今天上午出席会议。", ["李明"]],
  ])("leaves the conjunction out of the name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    // 王大 alone is no name: 同 stays in it.
    ["王大同今天出席会议。", ["王大同"]],
    ["（某某社记者林志明台北27日电）台北市长王大同今天出席会议。", ["林志明", "王大同"]],
    ["李明和王刚今天出席会议。", ["李明", "王刚"]],
  ])("keeps names whole: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it("reads the titled name before 会面 and the name joined to it by 与", () => {
    const text = "张三与市教育局局长李四会面。";
    expect(roles(text)).toEqual(["局长 @ 市教育局 «市教育局局长»"]);
    expect(persons(text)).toEqual(["张三", "李四"]);
  });

  it.each([
    ["记者王刚与市长李明交谈。", ["王刚", "李明"]],
    ["市长李明与王刚握手。", ["李明", "王刚"]],
  ])("ends a name before a verb of meeting: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    // A body joined to a role is no person; a bare surname before 十分 is no name.
    ["文化与旅游局局长李明出席。", ["李明"]],
    ["市长李明与高新区负责人会面。", ["李明"]],
    ["队长王十分满意。", []],
  ])("finds no one else in %s", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("a time word between a name and its verb (李明上午出席)", () => {
  // 上 seldom follows a name (上海, 上面): the model reads 上午 as 今天, whose context it learned.
  it.each([
    ["王大同上午出席会议。", ["王大同"]],
    ["王大同下午出席会议。", ["王大同"]],
    ["李明上午出席会议。", ["李明"]],
  ])("%s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([["全市上午停电两小时。"], ["有关方面上午表示，将尽快恢复供水。"], ["高新区上午举行签约仪式。"], ["金刚石上午运抵。"], ["苏家上午来了客人。"], ["龙凤上午开张。"]])("finds no one in %s", (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("原 inside a role is a qualifier, not part of an organization", () => {
  it("国防大学原战略研究所所长: title 所长, qualifier 原, organization 战略研究所", () => {
    const graph = graphOf("国防大学原战略研究所所长金一鸣出席。");
    expect(graph.roles.map((r) => [r.title, r.qualifiers, r.text])).toEqual([["所长", ["原"], "国防大学原战略研究所所长"]]);
    expect(graph.organizations.map((o) => o.name)).toEqual(["战略研究所"]);
  });

  it.each([["原局长王海涛出席。"], ["清河县原县长王海涛出席。"]])("keeps 原 before the title: %s", (text) => {
    const graph = graphOf(text);
    expect(graph.roles[0]!.qualifiers).toEqual(["原"]);
    expect(graph.organizations.map((o) => o.name).filter((n) => n.includes("原"))).toEqual([]);
  });
});

describe("a title that names its own body (管委会主任) does not take the committee of the title before", () => {
  it.each([
    ["新区党工委副书记、管委会主任韩东升主持。", ["副书记 @ 新区党工委 «新区党工委副书记»", "管委会主任 @ 新区 «管委会主任»"]],
    ["清河新区党工委书记、管委会主任韩东升主持。", ["党工委书记 @ 清河新区 «清河新区党工委书记»", "管委会主任 @ 清河新区 «管委会主任»"]],
    // Not a body of its own: 副主任 shares the organization written before.
    ["市教育局局长、副主任周立新出席。", ["局长 @ 市教育局 «市教育局局长»", "副主任 @ 市教育局 «副主任»"]],
  ])("%s → %j", (text, expected) => {
    expect([...roles(text)].sort()).toEqual([...expected].sort());
  });
});

describe("one person holding one office in an article is one role, with a mention for each place it is written", () => {
  /** Each role as `person = title @ organization` and the texts of its mentions. */
  function rolesWithMentions(text: string): [string, string[]][] {
    const graph = graphOf(text);
    const person = new Map(graph.persons.map((p) => [p.id, p.name]));
    const org = new Map(graph.organizations.map((o) => [o.id, o.name]));
    return graph.roles.map((r) => [`${person.get(r.personId)} = ${r.title} @ ${r.organizationId === null ? "-" : org.get(r.organizationId)}`, r.mentions.map((m) => m.text)]);
  }

  it.each([
    ["习近平总书记强调，要坚持。总书记习近平指出，必须改革。习近平总书记说。", [["习近平 = 总书记 @ -", ["总书记", "总书记", "总书记"]]]],
    // Written without its organization the second time: the same office.
    ["清河市市长李明出席会议。市长李明说，要办好。", [["李明 = 市长 @ 清河市", ["清河市市长", "市长"]]]],
    ["市长李明说。清河市市长李明表示。", [["李明 = 市长 @ 清河市", ["市长", "清河市市长"]]]],
    ["区领导马文博出席。区领导马文博讲话。", [["马文博 = 区领导 @ -", ["区领导", "区领导"]]]],
  ])("%s", (text, expected) => {
    expect(rolesWithMentions(text)).toEqual(expected);
  });

  it("gives each mention its own span, in text order, the first being the role's", () => {
    const text = "习近平总书记强调，要坚持。总书记习近平指出。";
    const [role] = graphOf(text).roles;
    expect(role!.mentions.map((m) => text.slice(m.span.start, m.span.end))).toEqual(["总书记", "总书记"]);
    expect(role!.mentions.map((m) => m.span.start)).toEqual([3, 13]);
    expect(role!.mentions[0]!.span).toEqual(role!.span);
  });

  it.each([
    ["two people with one title", "市长李明出席，市长王刚主持。", [["李明 = 市长 @ -", ["市长"]], ["王刚 = 市长 @ -", ["市长"]]]],
    ["two offices of one person", "市长李明、副市长李明出席。", [["李明 = 市长 @ -", ["市长"]], ["李明 = 副市长 @ -", ["副市长"]]]],
    ["one office at two organizations, and a mention that could be either", "市教育局局长张三出席会议。市卫生局局长张三也出席。局长张三说。", [
      ["张三 = 局长 @ 市教育局", ["市教育局局长"]],
      ["张三 = 局长 @ 市卫生局", ["市卫生局局长"]],
      ["张三 = 局长 @ -", ["局长"]],
    ]],
    ["原 and the office held now", "原局长王海涛出席。局长王海涛讲话。", [["王海涛 = 局长 @ -", ["原局长"]], ["王海涛 = 局长 @ -", ["局长"]]]],
  ])("keeps apart %s", (_what, text, expected) => {
    expect(rolesWithMentions(text)).toEqual(expected);
  });

  it("keeps apart the same office in two articles: a role belongs to its article", () => {
    const page = "清河新区召开安全生产会议\n\n本报讯（记者周明远）市长李明出席会议。李明强调安全。\n\n清河新区部署防汛工作\n\n本报讯（记者周明远）市长李明主持会议。\n";
    const graph = graphOf(page);
    expect(graph.articles).toHaveLength(2);
    expect(graph.roles.map((r) => [r.articleId, r.mentions.length])).toEqual([["a1", 1], ["a2", 1]]);
  });
});
