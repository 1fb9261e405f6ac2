/**
 * How the command line turns a page file's bytes into the text it extracts, in single-page mode,
 * in batch mode and in queue workers alike.
 *
 * A UTF-8 byte order mark is kept: it is the text's first character, U+FEFF, so that every span
 * counts it as the API does for a string that starts with one, and as any tool that reads the file
 * as UTF-16 code units does. baoxun reads U+FEFF as layout (zero-width), so it changes no result.
 */
export function decodePage(bytes: Uint8Array): { readonly text: string } | { readonly error: string } {
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return { error: `is UTF-16 (${utf16}), not UTF-8; convert it first: iconv -f UTF-16${utf16 === "little-endian" ? "LE" : "BE"} -t UTF-8` };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: `is not valid UTF-8; if it is GB18030 (or GBK, GB2312), convert it first: iconv -f GB18030 -t UTF-8` };
  }
}

/**
 * The byte order of a UTF-16 file: its byte order mark, or, without one, ASCII or CJK text with a
 * zero byte in every other position (a NUL is rare in UTF-8 text, one in two bytes never is).
 */
function utf16Of(bytes: Uint8Array): "little-endian" | "big-endian" | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian";
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return "little-endian";
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return "big-endian";
  return null;
}
