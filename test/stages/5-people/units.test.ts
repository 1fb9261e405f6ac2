import { describe, expect, it } from "vitest";
import { alternation } from "../../../src/lexicon/dictionaries.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { whoLexicon } from "../../../src/lexicon/who-lexicon.js";
import { extract } from "../../../src/index.js";
import { extractCredits } from "../../../src/stages/4-credits/index.js";
import { extractTitledNames, parseRoleChain } from "../../../src/stages/5-people/extract-person-roles/index.js";
import { findHonorificNames, findKnownNames } from "../../../src/stages/5-people/find-names/index.js";
import { readNameAt } from "../../../src/stages/5-people/names/read-name.js";
import { findOrganizationMentions, isAbbreviation } from "../../../src/stages/5-people/organizations/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";
import { expectLinear } from "../../helpers/linear.js";

const lex = whoLexicon(resolveDictionaries());

describe("readNameAt: where a name ends", () => {
  it.each([
    ["周文涛座谈", "周文涛"],
    ["孟川与省农信社", "孟川"],
    ["蔡志国出席", "蔡志国"],
    ["田野、", "田野"],
    ["欧阳明远表示", "欧阳明远"],
    ["郑凯说", "郑凯"],
    ["韩立新", "韩立新"],
    ["安娜·卡列琳娜说", "安娜·卡列琳娜"],
    ["尼古拉·彼得罗夫当天表示", "尼古拉·彼得罗夫"],
    ["tommy，", "tommy"],
  ])("%s → %s", (text, name) => {
    const read = readNameAt(text, 0);
    expect(read && text.slice(read.start, read.end)).toBe(name);
  });
  it.each([["从市教育局获悉"], ["的工作"], ["日前来到"], ["，"]])("reads no name in %s", (text) => {
    expect(readNameAt(text, 0)).toBeNull();
  });
});

describe("extractCredits", () => {
  it.each([
    ["本报讯（记者秦岭 通讯员马川）昨日，", [["秦岭", "reporter", "记者"], ["马川", "correspondent", "通讯员"]]],
    ["新华社广州3月2日电（记者邓明、林小雨）", [["邓明", "reporter", "记者"], ["林小雨", "reporter", "记者"]]],
    ["正文一段。\n本报记者 孔祥东 摄", [["孔祥东", "photographer", "摄"]]],
    ["正文。\n（本版稿件均由本报记者田甜整理）", [["田甜", "compiler", "整理"]]],
    ["正文。\n责任编辑：周舟", [["周舟", "editor", "责任编辑"]]],
    ["这是一段很长的正文，讲述了一个关于乡村振兴的故事，内容丰富，细节生动，读来令人动容，值得一读再读。（记者 韦一帆）", [["韦一帆", "reporter", "记者"]]],
    ["第一段。\n小麦喜获丰收，农机手正在田间作业。（潘云摄）\n第三段。", [["潘云", "photographer", "摄"]]],
    ["最后一段写完了。（柯文杰梁小雨）", [["柯文杰", "author", ""], ["梁小雨", "author", ""]]],
    // The slot between a marker and what closes it is a name, even of characters the model has never seen in one (占).
    ["图为会场一角。（新华社记者马占成摄）", [["马占成", "photographer", "摄"]]],
    ["本报讯（记者马占成 通讯员王占军）昨日，", [["马占成", "reporter", "记者"], ["王占军", "correspondent", "通讯员"]]],
    // Where the model stops at a one-character word (和) and the slot runs on to a separator, the slot wins;
    // before a place and 报道, the model's end stands; a conjunction joins two names like 、.
    ["本报讯（记者刘凡　周昌和）昨日，", [["刘凡", "reporter", "记者"], ["周昌和", "reporter", "记者"]]],
    ["本报记者龙跃北京报道", [["龙跃", "reporter", "记者"]]],
    ["本报讯（记者张伟和李明）昨日，", [["张伟", "reporter", "记者"], ["李明", "reporter", "记者"]]],
    // A reading that runs on into the trailing marker closing the slot leaves the marker to the credit;
    // a three-character name before the marker stays whole.
    ["图为新建的大桥。（新华社记者刘宇摄）", [["刘宇", "photographer", "摄"]]],
    ["图为新建的大桥。（新华社记者刘宇飞摄）", [["刘宇飞", "photographer", "摄"]]],
    // A photo credit closing a caption, the picture's source in the bracket after it (dictionaries/photo-sources.txt).
    ["图为开幕式现场。林宏摄（本报资料图片）", [["林宏", "photographer", "摄"]]],
    ["图为开幕式现场。\n林宏 摄（新华社发）", [["林宏", "photographer", "摄"]]],
    ["图为新建的大桥。周立远摄（人民视觉）", [["周立远", "photographer", "摄"]]],
    ["图为新建的大桥。新华社记者 周立 摄（新华社发）\n第二段。", [["周立", "photographer", "摄"]]],
    ["图为会场一角。本报记者 林宏、周立 摄（视觉中国）", [["林宏", "photographer", "摄"], ["周立", "photographer", "摄"]]],
    // The same closing a caption's last sentence with no bracket after it.
    ["图为开幕式现场。林宏摄", [["林宏", "photographer", "摄"]]],
    ["图为开幕式现场。林宏摄\n第二段正文。", [["林宏", "photographer", "摄"]]],
    ["图为新建的大桥。新华社记者 周立 摄", [["周立", "photographer", "摄"]]],
    ["图为会场一角。本报记者 林宏、周立 摄", [["林宏", "photographer", "摄"], ["周立", "photographer", "摄"]]],
  ])("%s", (text, expected) => {
    const credits = extractCredits(lex, 0, text);
    expect(credits.map((c) => [c.name.name, c.kind, c.marker])).toEqual(expected);
    for (const c of credits) expect(text.slice(c.name.start, c.name.end)).toBe(c.name.name);
  });
  it.each([
    ["记者从市教育局获悉，"],
    ["文化大院里热闹非凡"],
    ["记者了解到"],
    ["他在接受本报记者时表示，"],
    // 摄 inside a word before a source bracket, and a bracket after 摄 that names no source.
    ["游客们正在拍摄（资料图片）"],
    ["他们在摄影展上合影留念。林宏摄影展开幕（本报资料图片）"],
    ["路口新装了摄像头（本报资料图片）"],
    ["图为开幕式现场。林宏摄（左二）\n第二段。"],
    ["图为开幕式现场林宏摄（新华社发）"],
    ["图为开幕式现场林宏摄"],
    ["游客纷纷拿出手机。大家争相拍摄"],
    ["他说：“这是我拍摄"],
    ["展览开幕。高新区文明摄"],
  ])("finds no credit in %s", (text) => {
    expect(extractCredits(lex, 0, text)).toEqual([]);
  });
});

describe("parseRoleChain", () => {
  it.each([
    ["某市文旅局局长", ["局长"], ["某市文旅局"]],
    ["开发区党工委书记、管委会主任", ["管委会主任", "党工委书记"], ["开发区", "开发区"]],
    ["建筑学会副会长兼秘书长", ["秘书长", "副会长"], ["建筑学会", "建筑学会"]],
    ["该行副行长", ["副行长"], [null]],
    // 据 and 经 end a prefix as prepositions, not inside 数据 or 经济.
    ["长江数据科技有限公司董事长", ["董事长"], ["长江数据科技有限公司"]],
    ["清河经济开发区管委会主任", ["管委会主任"], ["清河经济开发区"]],
    ["据市统计局局长", ["局长"], ["市统计局"]],
    // A government head is never an office of the party committee written before it.
    ["清河县委副书记、县长", ["县长", "副书记"], [null, "清河县委"]],
    ["柳城市委常委、常务副市长", ["常务副市长", "常委"], [null, "柳城市委"]],
    ["市发改委党组书记、主任", ["主任", "党组书记"], ["市发改委", "市发改委"]],
    ["柳城市委常委、秘书长", ["秘书长", "常委"], ["柳城市委", "柳城市委"]],
    ["清河新区党工委书记、区长", ["区长", "党工委书记"], ["清河新区", "清河新区"]],
  ])("%s", (text, titles, orgs) => {
    const chain = parseRoleChain(text, text.length);
    expect(chain.map((r) => r.title)).toEqual(titles);
    expect(chain.map((r) => (r.organization ? text.slice(r.organization.start, r.organization.end) : null))).toEqual(orgs);
  });
  it("keeps 原 and 副 as qualifiers", () => {
    const text = "省农业大学原植保研究所副所长";
    expect(parseRoleChain(text, text.length)[0]!.qualifiers).toEqual(["原", "副"]);
  });
  it.each([["他说"], ["今天上午"], ["会议"]])("finds no role before the end of %s", (text) => {
    expect(parseRoleChain(text, text.length)).toEqual([]);
  });
});

describe("extractTitledNames", () => {
  it.each([
    ["县领导韩冰、孔令辉、\n曹阳出席。", ["韩冰", "孔令辉", "曹阳"]],
    ["市委书记严明会见了客人。", ["严明"]],
    ["党组书记江成与大家座谈。", ["江成"]],
    ["导演贾平说，", ["贾平"]],
  ])("%s", (text, names) => {
    const flat = text.replace("\n", "");
    expect(extractTitledNames(lex, 0, flat).map((r) => r.name.name)).toEqual(names);
  });
  it.each([["领导班子换届"], ["局长办公会议"], ["主任委员会议"]])("finds no person in %s", (text) => {
    expect(extractTitledNames(lex, 0, text)).toEqual([]);
  });
});

describe("organizations", () => {
  it.each([
    ["农发行焦作分行", "中国农业发展银行焦作分行", true],
    ["工行城南支行", "中国工商银行城南支行", true],
    ["城南支行", "中国工商银行城南支行", false],
  ])("%s abbreviates %s: %s", (short, full, yes) => expect(isAbbreviation(short, full, 4)).toBe(yes));
  it("finds the abbreviation in running text", () => {
    expect(findOrganizationMentions(0, "希望工行城南支行加大投入", "中国工商银行城南支行").map((m) => m.alias)).toEqual(["工行城南支行"]);
  });
});

describe("names before their title", () => {
  it("never take the end of an organization for a name (北京师范大学教授: 范大学 is no one)", () => {
    const text = "该调查由北京师范大学教授牵头完成。北京师范大学教授表示，调查还将继续。";
    expect(extract(text).persons.map((p) => p.name)).toEqual([]);
  });
});

describe("national leaders (dictionaries/notable-persons.txt)", () => {
  it("are found on a page that names them once, with the title after the name", () => {
    const text = "本报讯 会上，习近平总书记指出，要坚持新发展理念。";
    const g = extract(text);
    expectValidGraph(g, text);
    expect(g.persons.map((p) => p.name)).toEqual(["习近平"]);
    expect(g.roles.map((r) => [g.persons.find((p) => p.id === r.personId)?.name, r.title])).toEqual([["习近平", "总书记"]]);
  });

  it("wherever they are written, and only as whole names", () => {
    const text = "本报讯 全区干部群众认真学习邓小平同志的著作。小李强调，要抓好落实。";
    expect(extract(text).persons.map((p) => p.name)).toEqual(["邓小平"]);
  });

  it("but not in the name of a doctrine (邓小平理论 is one noun, as People's Daily tags it)", () => {
    const text = "本报讯 全区干部群众认真学习邓小平理论。小李强调，要抓好落实。";
    expect(extract(text).persons.map((p) => p.name)).toEqual([]);
  });
});

describe("findHonorificNames", () => {
  it.each([
    ["我们在蒙托亚先生的陪同下前往。", ["蒙托亚"]],
    ["谢子长同志却受到排挤。", ["谢子长"]],
    ["查济民老先生创办了基金会。", ["查济民"]],
    ["张伟女士表示感谢。", ["张伟"]],
    // A bare surname is a reference, words are not names, and the honorific alone names no one.
    ["王先生说，会谈很成功。", []],
    ["广大同志要提高认识。", []],
    ["领导同志要带头。", []],
    ["各位先生、女士。", []],
  ])("%s → %j", (text, names) => {
    expect(findHonorificNames(lex, 0, text, []).map((n) => n.name)).toEqual(names);
  });

  it("leaves names already taken", () => {
    expect(findHonorificNames(lex, 0, "谢子长同志", [{ start: 0, end: 3 }])).toEqual([]);
  });

  it("makes a person of the graph", () => {
    const text = "本报讯 我们在蒙托亚先生的陪同下参观了工厂。";
    const graph = extract(text);
    expectValidGraph(graph, text);
    expect(graph.persons.map((p) => p.name)).toContain("蒙托亚");
  });
});

describe("findKnownNames", () => {
  it("finds later bare mentions, not inside taken spans", () => {
    const text = "局长孟川说，孟川强调";
    expect(findKnownNames(0, text, new Set(["孟川"]), [{ start: 2, end: 4 }]).map((n) => n.start)).toEqual([6]);
  });
});

describe("extractWho through extract()", () => {
  it.each([
    "本报讯（记者秦岭）4月2日，区领导韩冰、孔令辉出席活动。韩冰强调，要抓好落实。",
    "乌克兰总统泽连斯基说，",
    "",
    "、、、、",
    "记者记者记者记者",
  ])("gives a valid graph for %s", (input) => expectValidGraph(extract(input), input));

  it("links 吕书记-style later mentions and re-mentions to one person", () => {
    const input = "本报讯（记者秦岭）市长严明出席。严明指出，要加快发展。";
    const g = extract(input);
    expect(g.persons.find((p) => p.name === "严明")!.mentions).toHaveLength(2);
  });

  it("finds the page's persons and organizations in headlines too, printed before or after the body, but reads no new name there", () => {
    for (const input of [
      "韩东升调研区应急管理局\n\n本报讯（记者周明远）3月20日上午，区领导韩东升到区应急管理局调研，区应急管理局局长马文博汇报了工作。",
      "本报讯（记者周明远）3月20日上午，区领导韩东升到区应急管理局调研，区应急管理局局长马文博汇报了工作。\n\n韩东升调研区应急管理局\n",
    ]) {
      const g = extract(input);
      expectValidGraph(g, input);
      const lines = g.articles[0]!.headline!.spans;
      const inHeadline = (span: { start: number; end: number }) => lines.some((l) => span.start >= l.start && span.end <= l.end);
      const han = g.persons.find((p) => p.name === "韩东升")!;
      expect(han.mentions.filter((m) => inHeadline(m.span)).map((m) => input.slice(m.span.start, m.span.end))).toEqual(["韩东升"]);
      expect(han.mentions).toHaveLength(2);
      const bureau = g.organizations.find((o) => o.name === "区应急管理局");
      expect(bureau?.mentions.filter((m) => inHeadline(m.span))).toHaveLength(1);
    }
    // A name only a headline holds is not read there.
    expect(extract("孙立平调研安全生产工作\n\n本报讯 3月20日上午，区领导到企业调研。").persons).toEqual([]);
  });

  it("reads a photo credit before a source bracket as a credit, not as a person 林宏摄", () => {
    const input = "本报讯（记者秦岭）清河县农民丰收节昨日开幕。\n图为开幕式现场。林宏摄（本报资料图片）";
    const g = extract(input);
    expectValidGraph(g, input);
    expect(g.persons.map((p) => p.name)).toEqual(["秦岭", "林宏"]);
    expect(g.credits.map((c) => [c.kind, c.marker, c.rule])).toEqual([["reporter", "记者", "opener"], ["photographer", "摄", "photo-source"]]);
  });

  it("reads a photo credit closing a caption with no bracket after it (…。林宏摄)", () => {
    const input = "本报讯（记者秦岭）清河县农民丰收节昨日开幕。\n图为开幕式现场。林宏摄";
    const g = extract(input);
    expectValidGraph(g, input);
    expect(g.persons.map((p) => p.name)).toEqual(["秦岭", "林宏"]);
    expect(g.credits.map((c) => [c.kind, c.marker, c.rule])).toEqual([["reporter", "记者", "opener"], ["photographer", "摄", "photo-caption"]]);
  });

  it("does not mutate the page it reads", () => {
    const input = "本报讯（记者秦岭）市长严明出席。";
    const a = JSON.stringify(extract(input));
    expect(JSON.stringify(extract(input))).toBe(a);
  });

  it("stays linear on a long name list followed by 记者 repeated", () => {
    const page = (count: number) => `区领导${Array.from({ length: count }, (_, i) => "王李张刘陈"[i % 5] + "明").join("、")}出席。${"记者".repeat(count * 10)}`;
    expectLinear(page, (text) => extract(text), 1_000, 10_000);
  });

  it("builds alternations longest first", () => expect(alternation(["记者", "特约记者"])).toBe("特约记者|记者"));
});

describe("references", () => {
  it("resolves 严书记 to 严明 within the article", () => {
    const input = "本报讯（记者秦岭）市委书记严明出席。严书记指出，要加快发展。";
    const g = extract(input);
    expectValidGraph(g, input);
    const p = g.persons.find((x) => x.name === "严明")!;
    expect(p.references?.map((r) => r.text)).toEqual(["严书记"]);
    expect(g.persons.map((x) => x.name)).not.toContain("严书记");
  });
});

describe("any input", () => {
  it.each([["常务副市长苏泽群透露"], ["副"], ["兼秘书长"], ["原局长王"], ["（）局长"]])("reads %s at the very start of the text", (text) => {
    expect(() => parseRoleChain(text, text.length)).not.toThrow();
    expectValidGraph(extract(text), text);
  });

  // A random run found it (fast-check seed -334973295): 区领导 got a second, bogus mention
  // 区领导克林顿区领导 from the same place, and the role's mentions were out of order.
  it("gives one mention per place to a role read twice from one title (区领导克林顿区领导克林顿)", () => {
    const text = "区领导克林顿区领导克林顿";
    const graph = extract(text);
    expectValidGraph(graph, text);
    expect(graph.roles.flatMap((r) => r.mentions.map((m) => text.slice(m.span.start, m.span.end)))).not.toContain("区领导克林顿区领导");
  });

  it("gives a valid graph for any mix of names, titles, markers and punctuation", async () => {
    const fc = await import("fast-check");
    const pieces = ["王", "欧阳", "明", "局长", "常务", "副", "兼", "、", "记者", "摄", "（", "）", "本报讯", "\n", " ", "该行", "书记", "说", "区领导", "·", "克林顿", "A"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join("");
        expectValidGraph(extract(input), input);
      }),
      { numRuns: 300 },
    );
  });
});
