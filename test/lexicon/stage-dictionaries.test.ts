import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";
import { detectArticles } from "../../src/stages/2-articles/index.js";
import { repairLayout } from "../../src/stages/1-repair-layout/index.js";
import { extractWho } from "../../src/stages/5-people/index.js";
import { extractWhen } from "../../src/stages/6-dates/index.js";
import type { UserDictionaries } from "../../src/contracts/lexicon.js";

// Invented pages. A column piece signed by an office the built-in titles do not know (网格长) and a
// surname they do not know (禤): only with both is the last line a signature, which ends the piece.
const SIGNED = "读书节随想\n\n春天来了，社区里的读书角又热闹起来。孩子们围坐在一起，听老人讲故事。\n网格长禤志强\n\n青山镇修缮古桥\n\n本报讯 4月13日，青山镇完成古桥修缮工作。";
const TITLED = "本报讯（记者付凯明）网格长禤志强带领居民清扫街道。";
const LOCAL: UserDictionaries = { roleTitles: ["网格长"], surnames: ["禤"] };

const headlines = (text: string, dictionaries?: UserDictionaries) =>
  detectArticles(repairLayout(text), dictionaries ? { dictionaries } : {}).articles.map((a) => a.headline?.main?.text ?? null);

describe("stage functions take the caller's dictionaries as an argument", () => {
  it("detectArticles: a signature with a caller's title and surname ends its piece", () => {
    expect(headlines(SIGNED, LOCAL)).toEqual(["读书节随想", "青山镇修缮古桥"]);
    // Without them the signature is no credit line: the first piece is no column piece, and the
    // line labeller (issue 14) reads the unknown signature into the next headline, over 青山镇修缮古桥.
    expect(headlines(SIGNED)).toEqual(["读书节随想", "网格长禤志强青山镇修缮古桥"]);
    const kinds = (dictionaries?: UserDictionaries) =>
      detectArticles(repairLayout(SIGNED), dictionaries ? { dictionaries } : {}).articles.map((a) => a.kind);
    expect(kinds(LOCAL)[0]).toBe("column-piece");
    expect(kinds()[0]).not.toBe("column-piece");
  });

  it.each([
    [LOCAL, ["网格长"], ["付凯明", "禤志强"]],
    [{}, [], ["付凯明"]],
  ])("extractWho with %j: roles %j, persons %j", (dictionaries, roles, persons) => {
    const options = { dictionaries };
    const who = extractWho(detectArticles(repairLayout(TITLED), options), options);
    expect(who.roles.map((r) => r.title)).toEqual(roles);
    expect(who.persons.map((p) => p.name)).toEqual(persons);
  });

  it("gives the same graph as extract, whatever order calls with other dictionaries run in", () => {
    const withLocal = { dictionaries: LOCAL };
    // Interleaved: the page of one call is read while another call's dictionaries were the last used.
    const pageLocal = detectArticles(repairLayout(TITLED), withLocal);
    const pagePlain = detectArticles(repairLayout(TITLED));
    const whoPlain = extractWho(pagePlain);
    const whoLocal = extractWho(pageLocal, withLocal);
    const graphLocal = extract(TITLED, withLocal);
    const graphPlain = extract(TITLED);
    expect(whoLocal.persons.map((p) => p.name)).toEqual(graphLocal.persons.map((p) => p.name));
    expect(whoPlain.persons.map((p) => p.name)).toEqual(graphPlain.persons.map((p) => p.name));
    expect(whoLocal.persons).not.toEqual(whoPlain.persons);
  });

  it("refuses malformed dictionaries in a stage called alone, as extract does", () => {
    const bad = { dictionaries: { surname: ["禤"] } as unknown as UserDictionaries };
    expect(() => detectArticles(repairLayout(TITLED), bad)).toThrow(BaoxunError);
    expect(() => extractWho(detectArticles(repairLayout(TITLED)), bad)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

describe("extractWhen checks referenceDate as extract does", () => {
  const page = detectArticles(repairLayout("本报讯 4月7日上午，示范区召开会议。"));
  it.each(["yesterday", "2021-02-30", "2021-4-7", "", "2021-13-01"])("rejects %j with invalid-option", (referenceDate) => {
    expect(() => extractWhen(page, { referenceDate })).toThrow(expect.objectContaining({ name: "BaoxunError", code: "invalid-option" }));
    expect(() => extract("本报讯 4月7日上午", { referenceDate })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
  it.each([
    ["2021-04-13", "2021-04-07"],
    ["2024-02-29", "2024-04-07"],
  ])("accepts %j (4月7日 → %s)", (referenceDate, value) => {
    expect(extractWhen(page, { referenceDate }).dates[0]?.value).toBe(value);
  });
});
