/**
 * What `/\s/u` matches, checked on a char code: the line readers trim every line of a page, and on
 * a fresh process a regular expression's first runs (and a one-character string per test) cost more
 * than the comparison.
 */

/** True for the code units `/\s/u` matches (ECMAScript white space and line terminators); false for NaN. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
