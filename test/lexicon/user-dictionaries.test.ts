import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { parseUserDictionaries, resolveDictionaries } from "../../src/lexicon/user-dictionaries.js";
import { runInProcess, tempDir } from "../runners/cli/cli-harness.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

describe("resolveDictionaries", () => {
  it("adds a caller's entries to the built-in ones, never dropping a built-in entry", () => {
    const builtIn = resolveDictionaries();
    expect(builtIn.surnames.has("王")).toBe(true);
    expect(builtIn.surnames.has("禤")).toBe(false);
    const merged = resolveDictionaries({
      surnames: ["禤"],
      roleTitles: ["网格长", builtIn.roleTitles[0]!],
      organizations: ["清河新区文旅局"],
      organizationSuffixes: ["合作联社"],
      creditMarkers: { 特约撰稿: "author" },
      notNames: ["高新"],
      persons: ["逄先知"],
    });
    expect(merged.surnames.has("禤") && merged.surnames.has("王")).toBe(true);
    expect(merged.persons).toEqual(["逄先知"]);
    expect(builtIn.persons).toEqual([]);
    expect(merged.roleTitles).toEqual([...builtIn.roleTitles, "网格长"]);
    expect(merged.organizations).toEqual(["清河新区文旅局"]);
    expect(merged.organizationSuffixes.slice(-1)).toEqual(["合作联社"]);
    expect(merged.creditMarkers.get("特约撰稿")).toBe("author");
    expect(merged.creditMarkers.size).toBe(builtIn.creditMarkers.size + 1);
    expect(merged.notNames.has("高新")).toBe(true);
  });

  it("merges once per options object and leaves the built-ins untouched", () => {
    const user = { surnames: ["禤"] };
    expect(resolveDictionaries(user)).toBe(resolveDictionaries(user));
    expect(resolveDictionaries().surnames.has("禤")).toBe(false);
    expect(user).toEqual({ surnames: ["禤"] });
  });
});

describe("parseUserDictionaries", () => {
  it.each([
    [[], /must be an object of lists/],
    [{ surname: ["禤"] }, /unknown dictionary "surname"; known: surnames, roleTitles/],
    [{ roleTitles: "网格长" }, /"roleTitles" must be a list of strings/],
    [{ roleTitles: [""] }, /not a non-empty string: ""/],
    [{ organizations: ["清河 新区"] }, /"organizations" entry "清河 新区" contains whitespace/],
    [{ persons: ["逄 先知"] }, /"persons" entry "逄 先知" contains whitespace/],
    [{ persons: "逄先知" }, /"persons" must be a list of strings/],
    [{ surnames: ["欧阳子"] }, /surname "欧阳子" is longer than two characters/],
    [{ creditMarkers: { 特约撰稿: "writer" } }, /credit marker "特约撰稿" has kind "writer"; use one of reporter, correspondent/],
    [{ creditMarkers: ["摄"] }, /"creditMarkers" must map a marker to a credit kind/],
    [{ creditMarkers: { 编发: { kind: "compiler", places: ["end"] } } }, /credit marker "编发" has places \["end"\]; use some of before, after, inline/],
    [{ creditMarkers: { 编发: { kind: "compiler", places: [] } } }, /credit marker "编发" has places \[\]/],
    [{ creditMarkers: { 编发: { kind: "writer", places: ["after"] } } }, /credit marker "编发" has kind "writer"/],
    [{ outletSuffixes: ["新闻 周刊"] }, /"outletSuffixes" entry "新闻 周刊" contains whitespace/],
    [{ honorifics: "师傅" }, /"honorifics" must be a list of strings/],
    [{ photoSources: ["融媒 供图"] }, /"photoSources" entry "融媒 供图" contains whitespace/],
  ])("rejects %j with invalid-option", (value, message) => {
    let error: unknown;
    try {
      parseUserDictionaries(value, "my.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaoxunError);
    expect((error as BaoxunError).code).toBe("invalid-option");
    expect((error as BaoxunError).message).toMatch(/^my\.json: /);
    expect((error as BaoxunError).message).toMatch(message);
  });
});

describe("baoxun extract --dictionaries FILE.json", () => {
  it("reads a dictionaries file and rejects a bad one with one line", async () => {
    const dir = tempDir();
    const good = join(dir, "good.json");
    const bad = join(dir, "bad.json");
    writeFileSync(good, JSON.stringify({ roleTitles: ["网格长"] }));
    writeFileSync(bad, JSON.stringify({ roleTitle: ["网格长"] }));
    writeFileSync(join(dir, "p.txt"), "本报讯（记者林晓东）会议召开。");
    expect((await runInProcess(["extract", join(dir, "p.txt"), "--dictionaries", good])).code).toBe(0);
    const rejected = await runInProcess(["extract", join(dir, "p.txt"), "--dictionaries", bad]);
    expect(rejected).toEqual({ code: 2, stdout: "", stderr: `baoxun: ${bad}: unknown dictionary "roleTitle"; known: surnames, roleTitles, organizations, organizationSuffixes, notNames, persons, outletSuffixes, honorifics, photoSources, creditMarkers\n` });
    const missing = await runInProcess(["extract", join(dir, "p.txt"), "--dictionaries", join(dir, "nope.json")]);
    expect(missing.stderr).toBe(`baoxun: cannot read dictionaries ${join(dir, "nope.json")}: no such file\n`);
  });

  it("reads a caller's role titles and surnames in extract, and only for that call", () => {
    const text = "本报讯（记者周明远）柳湾社区网格长禤志强介绍，今年社区新增志愿者80名。";
    const roles = (graph: ReturnType<typeof extract>) =>
      graph.roles.map((r) => [graph.persons.find((p) => p.id === r.personId)?.name, r.title]);
    expect(roles(extract(text))).not.toContainEqual(["禤志强", "网格长"]);
    const withEntries = extract(text, { dictionaries: { roleTitles: ["网格长"], surnames: ["禤"] } });
    expectValidGraph(withEntries, text);
    expect(roles(withEntries)).toContainEqual(["禤志强", "网格长"]);
    expect(roles(extract(text))).not.toContainEqual(["禤志强", "网格长"]);
  });

  it("finds a caller's persons wherever they are written, before the model reads anything there, and only for that call", () => {
    // 逄 is in no name the model has counts for: without the entry no one is found.
    const text = "本报讯 昨天，逄先知在会上介绍了情况。逄先知说，今年要做好三件事。";
    expect(extract(text).persons.map((p) => p.name)).not.toContain("逄先知");
    const graph = extract(text, { dictionaries: { persons: ["逄先知"] } });
    expectValidGraph(graph, text);
    const person = graph.persons.find((p) => p.name === "逄先知");
    expect(person?.mentions.map((m) => text.slice(m.span.start, m.span.end))).toEqual(["逄先知", "逄先知"]);
    // A longer reading by the model (逄先知在) never wins over the listed name.
    expect(graph.persons.map((p) => p.name).filter((name) => name.includes("逄"))).toEqual(["逄先知"]);
    expect(extract(text).persons.map((p) => p.name)).not.toContain("逄先知");
    // In a headline too.
    const page = `逄先知谈文献研究\n\n${text}`;
    const withHeadline = extract(page, { dictionaries: { persons: ["逄先知"] } });
    expectValidGraph(withHeadline, page);
    expect(withHeadline.persons.find((p) => p.name === "逄先知")?.mentions.map((m) => m.span.start)).toEqual([0, page.indexOf("逄先知在"), page.lastIndexOf("逄先知")]);
  });

  it("finds a caller's organizations wherever they are written", () => {
    const text = "本报讯（记者周明远）清河新区文旅局今天发布消息，暑期将推出20条研学线路。";
    const graph = extract(text, { dictionaries: { organizations: ["清河新区文旅局"] } });
    expectValidGraph(graph, text);
    const org = graph.organizations.find((o) => o.name === "清河新区文旅局");
    expect(org?.mentions.map((m) => text.slice(m.span.start, m.span.end))).toEqual(["清河新区文旅局"]);
  });

  it("reads a caller's credit markers with their kind", () => {
    const text = "本报讯（特约撰稿 林晓东）柳湾村的荷花节今天开幕。";
    const graph = extract(text, { dictionaries: { creditMarkers: { 特约撰稿: "author" } } });
    expectValidGraph(graph, text);
    expect(graph.credits.map((c) => [graph.persons.find((p) => p.id === c.personId)?.name, c.kind])).toEqual([["林晓东", "author"]]);
  });

  it("reads a caller's photo sources: the bracket after a caption's photo credit names no photographer", () => {
    const text = "本报讯（记者林晓东）柳湾村的荷花节今天开幕。\n图为荷花节开幕式现场。周立远摄（柳湾融媒）";
    const photographers = (graph: ReturnType<typeof extract>) =>
      graph.credits.filter((c) => c.kind === "photographer").map((c) => graph.persons.find((p) => p.id === c.personId)?.name);
    expect(photographers(extract(text))).toEqual([]);
    const graph = extract(text, { dictionaries: { photoSources: ["融媒"] } });
    expectValidGraph(graph, text);
    expect(photographers(graph)).toEqual(["周立远"]);
    expect(resolveDictionaries({ photoSources: ["融媒"] }).photoSources).toEqual([...resolveDictionaries().photoSources, "融媒"]);
    // Only for that call.
    expect(photographers(extract(text))).toEqual([]);
  });

  it("rejects a malformed entry through extract as invalid-option", () => {
    expect(() => extract("本报讯", { dictionaries: { surnames: ["王 "] } })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});
