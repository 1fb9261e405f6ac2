/** The longest source bracket's text: 新华社发, 本报资料图片, 视觉中国; longer brackets are captions. */
const SOURCE_MAX = 12;

/**
 * 林宏摄（本报资料图片）, 林宏 摄（新华社发）: a photo credit may be followed by a bracket that names
 * where the picture comes from, not who took it. Where `text[start, end)` ends in such a bracket
 * (at most twelve characters, no bracket inside, ending in one of `sources`:
 * dictionaries/photo-sources.txt), the offset of its opening bracket; otherwise -1.
 *
 * @example
 * ```ts
 * photoSourceAt("林宏摄（新华社发）", 0, 9, ["社发"]); // => 3
 * photoSourceAt("林宏摄（左二）", 0, 7, ["社发"]);     // => -1
 * ```
 */
export function photoSourceAt(text: string, start: number, end: number, sources: readonly string[]): number {
  const close = text.charCodeAt(end - 1);
  if (close !== 0xff09 /* ） */ && close !== 0x29 /* ) */) return -1;
  // The shortest ending that the text has will do: the bracket is searched for before it.
  const ending = sources.find((source) => text.endsWith(source, end - 1));
  if (ending === undefined) return -1;
  for (let i = end - 2 - ending.length; i >= start && i >= end - 2 - SOURCE_MAX; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 /* （ */ || c === 0x28 /* ( */) return i;
    if (c === 0xff09 || c === 0x29 || c === 0x0a) return -1;
  }
  return -1;
}
