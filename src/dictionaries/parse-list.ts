/**
 * Parses a dictionary file: one entry per line; `#` starts a comment line; blank lines are skipped.
 * A line may carry tab-separated fields after the entry (see dictionaries/README.md).
 */
export function parseList(raw: string): string[] {
  const entries: string[] = [];
  for (const line of raw.split("\n")) {
    const entry = line.replace(/\r$/, "");
    if (entry === "" || entry.startsWith("#")) continue;
    entries.push(entry);
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
