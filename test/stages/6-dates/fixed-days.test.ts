/**
 * Commemorative days on a fixed Gregorian date (dictionaries/holidays.txt, rule MM-DD), in invented
 * sentences, page date 2021-04-12: the year is the one that puts the day nearest, past-leaning.
 */
import { describe, expect, it } from "vitest";
import { datesOf, found } from "./helpers.js";

describe("commemorative days on a fixed date (page date 2021-04-12)", () => {
  it.each([
    ["澳門回歸紀念日前夕，市民懸掛國旗。", "澳門回歸紀念日", "2020-12-20"],
    ["香港回归纪念日当天，升旗仪式在金紫荆广场举行。", "香港回归纪念日", "2021-07-01"],
    ["世界地球日，学生们捡拾垃圾。", "世界地球日", "2021-04-22"],
    ["国家公祭日，南京拉响防空警报。", "国家公祭日", "2020-12-13"],
  ])("%s → %s = %s", (input, text, value) => {
    expect(found(input, text).value).toBe(value);
  });

  it("a name inside other words is no day: 地球日益变暖, 香港回归以来", () => {
    expect(datesOf("地球日益变暖，冰川消融。").map((d) => d.text)).toEqual([]);
    expect(datesOf("香港回归以来，两地往来日益密切。").map((d) => d.rule)).not.toContain("holiday");
  });
});
