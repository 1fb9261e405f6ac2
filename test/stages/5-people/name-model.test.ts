import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { whoLexicon } from "../../../src/lexicon/who-lexicon.js";
import { findBracketNames, findFreeNames } from "../../../src/stages/5-people/find-names/index.js";
import { findMinorityNames } from "../../../src/stages/5-people/find-names/minority.js";
import { nameCandidatesAt, scoreName } from "../../../src/stages/5-people/names/name-model.js";
import { expectValidGraph } from "../../helpers/invariants.js";

/** The persons of `text` (invented sentences), in page order. */
function persons(text: string): string[] {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  return graph.persons.map((p) => p.name);
}

describe("the learned name model: names that nothing vouches for", () => {
  it.each([
    ["张振华说，今年的收成比去年好。", ["张振华"]],
    ["据王立群介绍，这座桥明年通车。", ["王立群"]],
    ["他和李秀英一起来到清河村。", ["李秀英"]],
    ["刘建国获得男子组冠军。", ["刘建国"]],
    ["赵丽娟表示，学校将增开两个班。", ["赵丽娟"]],
    ["“我们还要干十年。”孙德胜笑着说。", ["孙德胜"]],
    ["村民周桂兰、郑长海和冯玉梅都领到了补贴。", ["周桂兰", "郑长海", "冯玉梅"]],
  ])("%s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ["高新区管委会今天召开会议。"],
    ["文明城市创建工作全面展开。"],
    ["金刚石的硬度很高。"],
    ["龙凤呈祥的剪纸摆满了窗台。"],
    ["苏家屯的路修好了。"],
    ["南非政府对此表示欢迎。"],
    ["该调查由北京师范大学教授牵头完成。"],
    ["世界华文文学的研究已有很大进展。"],
    ["高举旗帜，方向明确。"],
  ])("finds no one in %s", (text) => {
    expect(persons(text)).toEqual([]);
  });

  // A list item beside a name needs a lower score; a look-alike word (not-names.txt) is none even there.
  it.each([
    ["张伟、龙凤、苏家等参加了活动。", ["张伟"]],
    ["李明、黄河、金刚石都出现在画中。", ["李明"]],
  ])("finds no look-alike word in a list of names: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // A string the text writes before 地区, 市, 县 or 港 is a place of that text, wherever else it stands;
  // not before an office (李明市长) nor a locative 里 (王立群县里), and 省 (省下) is no suffix.
  it.each([
    ["总统在贝拉发表讲话。贝拉港很繁忙。", []],
    ["柯坪县的干部说，柯坪今年丰收。", []],
    ["李明市长出席会议。李明说，要办好实事。", ["李明"]],
    ["据王立群介绍，这座桥明年通车。王立群县里的同事也来了。", ["王立群"]],
    ["张伟省下了钱。张伟说，日子好过了。", ["张伟"]],
    ["张伟在清河市工作多年。张伟表示，很满意。", ["张伟"]],
  ])("reads no place of the text as a name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // Transliterated names standing alone: a run of characters often seen in foreign names, scored by
  // the same model with features of their own (how foreign the characters read, where the run ends).
  it.each([
    ["卡西拉表示，谈判将在下月继续。", ["卡西拉"]],
    ["据阿尔贝托介绍，这座桥明年通车。", ["阿尔贝托"]],
    ["他和约翰·斯特林一起来到清河村。", ["约翰·斯特林"]],
    ["门将诺伊尔扑出了点球。", ["诺伊尔"]],
  ])("a transliterated name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ["巴基斯坦政府对此表示欢迎。"],
    ["罗马尼亚队获得冠军。"],
    ["伊斯兰堡机场今天恢复运行。"],
    ["维也纳的音乐会很受欢迎。"],
    ["他喜欢吃巧克力和沙拉。"],
    ["布鲁塞尔会议今天开幕。"],
    ["这支球队来自阿根廷。"],
    ["西雅图的冬天多雨。"],
  ])("reads no transliterated name in %s", (text) => {
    expect(persons(text)).toEqual([]);
  });

  // A whole item of a 、 list beside a name needs a lower score: names are listed together.
  it("reads a list item beside a name with a lower score (巴金 between 郭沫若 and 曹禺)", () => {
    expect(persons("书架上摆着郭沫若、巴金、曹禺的文集。")).toEqual(["郭沫若", "巴金", "曹禺"]);
  });
  // The first item of a list after a title or a word names follow, when a name beside it vouches for it.
  it.each([
    ["纪念馆里陈列着革命先驱孙中山、毛泽东、周恩来的手迹。", ["孙中山", "毛泽东", "周恩来"]],
    ["书目包括郭沫若、巴金、曹禺的文集。", ["郭沫若", "巴金", "曹禺"]],
  ])("reads the first item of a list beside a name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    ["大家吃了南京、高邮的点心。", []],
    ["他走遍了中山、珠海、江门。", []],
  ])("reads no first item where no name vouches for the list: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ["他去过南京、高邮、扬州。", []],
    ["小组成员包括李明、高新、文明。", ["李明"]],
  ])("does not spread a list to look-alike words: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // A list whose items are names often enough (two and more than a third) vouches for its other
  // items between two 、 that read as Chinese names, however low the model scores them alone
  // (闻一多, 许地山); 冰心 and 老舍 start with no surname.
  it.each([
    ["获奖的作家有郭沫若、茅盾、巴金、冰心、老舍、闻一多、许地山、曹禺等人。", ["郭沫若", "茅盾", "巴金", "闻一多", "许地山", "曹禺"]],
    ["出席会议的有李明、王刚、钱钟书、茅盾、张伟。", ["李明", "王刚", "钱钟书", "茅盾", "张伟"]],
  ])("reads the names of a list of names: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    ["他们是李明、王刚、文明、张伟。", ["李明", "王刚", "张伟"]],
    ["出席的有李明、王刚、高新区、张伟。", ["李明", "王刚", "张伟"]],
    ["李明、王刚、金刚石、张伟都来了。", ["李明", "王刚", "张伟"]],
    ["李明、王刚、方面、张伟都来了。", ["李明", "王刚", "张伟"]],
    ["张伟、龙凤、苏家等参加了活动。", ["张伟"]],
    ["他去过南京、高邮、扬州、泰州。", []],
  ])("reads no look-alike word of a list of names: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // Three names or more written without separators vouch for themselves wherever the run starts.
  it.each([
    ["主席台上就座的有李明远王建国赵丽娟。", ["李明远", "王建国", "赵丽娟"]],
    ["会议听取了报告何志强林秀英郑长海周桂兰出席。", ["何志强", "林秀英", "郑长海", "周桂兰"]],
  ])("reads a run of names without separators: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([["高新区文明龙凤苏家金刚石。"], ["文明龙凤苏家金刚石都是常用词。"], ["黄金白银周年庆典。"], ["这里有张家港市和常熟市。"]])("reads no run of look-alike words: %s", (text) => {
    expect(persons(text)).toEqual([]);
  });

  // Tibetan and Mongolian names: two parts of a given name run together (dictionaries/minority-name-parts.txt).
  it.each([
    ["据扎西次仁介绍，草场已经返青。", ["扎西次仁"]],
    ["牧民顿珠多吉和乌云其木格赶着羊群回来了。", ["顿珠多吉", "乌云其木格"]],
    ["自治区副主席格桑平措今天到灾区。格桑平措说，救灾物资已经运到。", ["格桑平措"]],
  ])("reads a Tibetan or Mongolian name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([["天上乌云密布。"], ["罗布泊的考察队出发了。"], ["他笑着说扎西德勒！"], ["这次成功来之不易。"], ["刚才让我去一趟。"]])(
    "reads no Tibetan or Mongolian name in %s",
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );

  it("reads one part alone as no Tibetan or Mongolian name (扎西)", () => {
    expect(findMinorityNames(0, "扎西在藏语里是吉祥的意思。", [])).toEqual([]);
    expect(findMinorityNames(0, "据扎西次仁介绍", []).map((n) => [n.start, n.end, n.name])).toEqual([[1, 5, "扎西次仁"]]);
  });

  // A bracket of names closing a paragraph: a brief's reporters, a work's artist (no credit word).
  it.each([
    ["清河大桥今天合龙，明年通车。（林志明何秀英）", ["林志明", "何秀英"]],
    ["春到江南（油画）（周晓岚）\n山村晨曲（版画）（钱立群）", ["周晓岚", "钱立群"]],
  ])("reads the names alone in a bracket that closes a paragraph: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    ["清河新区（高新区）\n会议今天召开。"],
    ["这是一块原石（金刚石）\n重三克拉。"],
    ["窗花一组（龙凤）\n剪纸。"],
    ["他们明天出发（文明）\n下一条。"],
    ["新年到了（附图片１张）\n下一条。"],
    ["春到江南（书法）\n下一条。"],
    ["清河大桥今天合龙（新华社电）"],
  ])("reads no names in a closing bracket of other words: %s", (text) => {
    expect(persons(text)).toEqual([]);
  });
  it("reads no names in a bracket inside a sentence", () => {
    expect(findBracketNames(whoLexicon(resolveDictionaries()), 0, "他们来自清河（林志明）村。", [])).toEqual([]);
    expect(findBracketNames(whoLexicon(resolveDictionaries()), 0, "他们来自清河。（林志明）", []).map((n) => n.name)).toEqual(["林志明"]);
  });

  // 邓小平理论, 毛泽东思想: a doctrine's name (one noun in People's Daily's tagging), not the person.
  it.each([
    ["学习邓小平理论是全党的任务。", []],
    ["全体党员要坚持毛泽东思想。", []],
    ["毛泽东思想的形成有一个过程，毛泽东在延安写下了许多文章。", ["毛泽东"]],
  ])("no person in a doctrine's name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    ["邓小平同志的理论贡献很大。", ["邓小平"]],
    ["周振华思想活跃，敢想敢干。", ["周振华"]],
  ])("a name before other words stays a name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // Words mined from the model's false names on the training split (dictionaries/not-names.txt).
  it.each([["我驻南非大使馆今天开馆。"], ["各国驻南非使节出席了仪式。"], ["温馨的贺卡寄到了。"], ["院子里的麻雀飞走了。"], ["他的妹妹在南京上学。"], ["巴基斯坦总统今天访华。"]])(
    "finds no one in %s",
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );

  it("keeps a name known on the page rather than a longer reading (吕沛强调 after 吕沛)", () => {
    expect(persons("区长吕文沛出席。吕文沛强调，要抓好安全生产。")).toEqual(["吕文沛"]);
  });

  it("scores a name above 0 and a word below (据王立群介绍 against 据文明介绍)", () => {
    const lex = whoLexicon(resolveDictionaries());
    const text = "据王立群介绍，文明城市";
    const [two, three] = nameCandidatesAt(lex, text, 1);
    expect(three && scoreName(lex, lex.nameWeights, text, three)).toBeGreaterThan(0);
    expect(two && scoreName(lex, lex.nameWeights, text, two)).toBeLessThan(0);
    const word = nameCandidatesAt(lex, text, 7)[0];
    expect(word && scoreName(lex, lex.nameWeights, text, word)).toBeLessThan(0);
  });

  it("leaves a taken span alone", () => {
    expect(findFreeNames(whoLexicon(resolveDictionaries()), 0, "张振华说", [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe("issue 20, third round: dotted names, places before a title, words after one", () => {
  // A ·-joined name standing alone is read whole, not a part of it (阿齐兹) or nothing.
  it.each([
    ["阿卜杜拉·阿齐兹表示，谈判将在下月继续。", ["阿卜杜拉·阿齐兹"]],
    ["主演劳拉·琳妮和菲利普·西摩尔·霍夫曼出席了首映式。", ["劳拉·琳妮", "菲利普·西摩尔·霍夫曼"]],
  ])("reads a dotted name whole: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([["《哈利·波特与魔法石》很畅销。"], ["中国·北京国际车展开幕。"], ["元•方回撰《瀛奎律髓》一书。"]])("reads no dotted name in %s", (text) => {
    expect(persons(text)).toEqual([]);
  });

  // 小 before a transliterated name the text also writes alone is no part of it; 小平 is a name.
  it.each([
    ["总统扎耶德来访。小扎耶德很聪明。", ["扎耶德"]],
    ["小平同志十分关心国产飞机。", ["小平"]],
  ])("leaves 小 out of a name the text writes without it: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // A string the text writes before 人民 or 共和国 is a place there, also before a title; 政府 is no
  // such suffix (克林顿政府).
  it.each([
    ["肯尼亚总统发表讲话。肯尼亚人民渴望和平。", []],
    ["安哥拉总统发表讲话。安哥拉共和国成立二十年。", []],
    ["克林顿总统发表讲话。克林顿政府表示欢迎。", ["克林顿"]],
  ])("reads no place of the text before a title: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  // After a title, a two-character word the model reads as no name is none (画家安全); a look-alike
  // word read on by a character is none either (研究员金刚石); names stay (画家范曾, 王大同).
  it.each([
    ["这位画家安全的事很多。", []],
    ["研究员金刚石研究很深入。", []],
    ["画家范曾出席。", ["范曾"]],
    ["王大同出席会议。", ["王大同"]],
  ])("reads a word after a title as no name: %s → %j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
