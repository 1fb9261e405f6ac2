import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { EntityGraph } from "../../src/contracts/graph.js";
import type { UserDictionaries } from "../../src/contracts/lexicon.js";
import { expectValidGraph } from "../helpers/invariants.js";

// Invented pages. Each row adds one word and reads a page that needs it; the page read without the
// word must not give the same answer (a must-not-match row for every entry).
const PHOTO_PAGE = "读书角里的春天\n\n春天来了，社区里的读书角又热闹起来。孩子们围坐在一起，听老人讲故事。\n特邀撰稿人 周明远 摄\n\n青山镇修缮古桥\n\n本报讯 4月13日，青山镇完成古桥修缮工作。";

type Probe = (graph: EntityGraph) => unknown;
const credits: Probe = (g) => g.credits.map((c) => [c.marker, c.kind, g.persons.find((p) => p.id === c.personId)?.name, c.rule]);
const roles: Probe = (g) => g.roles.map((r) => [r.title, g.persons.find((p) => p.id === r.personId)?.name]);
const persons: Probe = (g) => g.persons.map((p) => p.name);
const openers: Probe = (g) => g.articles.map((a) => (a.opener ? "opener" : null));

const ROWS: readonly [string, UserDictionaries, string, Probe, unknown][] = [
  ["a role title", { roleTitles: ["网格长"] }, "本报讯 网格长刘春明带领居民清扫街道。", roles, [["网格长", "刘春明"]]],
  ["a credit marker in an opening bracket", { creditMarkers: { 特邀撰稿人: "author" } }, "本报讯（特邀撰稿人周明远）近日，清河新区举办读书节。", credits, [["特邀撰稿人", "author", "周明远", "opener"]]],
  ["a credit marker inline", { creditMarkers: { 特邀撰稿人: "author" } }, "清河新区举办读书节。特邀撰稿人周明远报道，市民踊跃参加。", credits, [["特邀撰稿人", "author", "周明远", "inline"]]],
  ["a credit marker as a photo credit's role", { creditMarkers: { 特邀撰稿人: "author" } }, PHOTO_PAGE, (g) => [g.articles.length, credits(g)], [2, [["摄", "photographer", "周明远", "credit-line"]]]],
  [
    "a credit marker ending a column's credit",
    { creditMarkers: { 编发: { kind: "compiler", places: ["after", "column-end"] } } },
    "（本栏稿件均由本报记者陈国栋编发）",
    credits,
    [["编发", "compiler", "陈国栋", "column"]],
  ],
  ["an outlet", { outletSuffixes: ["新闻周刊"] }, "清河新闻周刊讯 近日，清河新区举办读书节。", openers, ["opener"]],
  // A name the name model alone does not take (丁丁), so that only the added honorific finds it.
  ["an honorific", { honorifics: ["师傅"] }, "修车的霍丁丁师傅笑着说，这是他的本分。", persons, ["霍丁丁"]],
];

describe("adding a word is a data change: through the user-dictionary API", () => {
  it.each(ROWS)("%s", (_, dictionaries, text, probe, expected) => {
    const graph = extract(text, { dictionaries });
    expectValidGraph(graph, text);
    expect(probe(graph)).toEqual(expected);
    expect(probe(extract(text))).not.toEqual(expected);
  });

  it.todo("a date word (a holiday): the date parsers are compiled once, from dictionaries/holidays.txt, and take no caller's entries yet");

  it.each([
    ["本报讯（特约撰稿人李明远）近日，清河新区举办读书节。", [["特约撰稿人", "author", "李明远", "opener"]]],
    ["清河新区举办读书节。特约撰稿人李明远报道，市民踊跃参加。", [["特约撰稿人", "author", "李明远", "inline"]]],
  ])("reads the built-in 特约撰稿人 as one marker, never an author named 特约: %s", (text, expected) => {
    expect(credits(extract(text))).toEqual(expected);
  });
});

// The same words added to the data files of a scratch copy of src/ and dictionaries/, imported
// through the same dictionary loader as the tests (vitest.config.ts): no code is edited.
describe("adding a word is a data change: through the files in dictionaries/", () => {
  const ROOT = join(import.meta.dirname, "../..");
  const scratch = join(ROOT, ".tmp", `data-change-${process.pid}`);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("finds a role title, credit markers, an outlet and an honorific added to the files", async () => {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    cpSync(join(ROOT, "src"), join(scratch, "src"), { recursive: true });
    cpSync(join(ROOT, "dictionaries"), join(scratch, "dictionaries"), { recursive: true });
    const add = (file: string, line: string) => appendFileSync(join(scratch, "dictionaries", file), `${line}\n`);
    add("role-titles.txt", "网格长");
    add("credit-markers.txt", "特邀撰稿人\tauthor\tbefore,inline");
    add("credit-markers.txt", "编发\tcompiler\tafter,column-end");
    add("outlet-suffixes.txt", "新闻周刊");
    add("honorifics.txt", "师傅");
    const copied = (await import(join(scratch, "src/extract.ts"))) as { extract: typeof extract };
    for (const [what, , text, probe, expected] of ROWS) {
      expect({ what, found: probe(copied.extract(text)) }).toEqual({ what, found: expected });
    }
    // The copy's files are the repo's plus the added lines, nothing else.
    expect(readFileSync(join(scratch, "dictionaries/role-titles.txt"), "utf8")).toBe(`${readFileSync(join(ROOT, "dictionaries/role-titles.txt"), "utf8")}网格长\n`);
  });
});


