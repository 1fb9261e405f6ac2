/**
 * Parses a dictionary file: one entry per line; `#` starts a comment line; blank lines are skipped.
 * A line may carry tab-separated fields after the entry (see dictionaries/README.md).
 */
export function parseList(raw: string): string[] {
  const entries: string[] = [];
  // indexOf and char codes rather than split and a regex per line: this runs cold, on the first
  // page, where every call made in the interpreter counts toward start-up.
  for (let start = 0; start < raw.length; ) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const next = end + 1;
    if (end > start && raw.charCodeAt(end - 1) === 13) end--;
    if (end > start && raw.charCodeAt(start) !== 35) entries.push(raw.slice(start, end));
    start = next;
  }
  return entries;
}

/** Memoises a dictionary so that it is parsed once, on first use. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
