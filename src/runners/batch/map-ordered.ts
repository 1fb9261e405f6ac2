/**
 * Maps `source` through `fn` with up to `window` calls in flight, yielding results in input
 * order. Memory stays bounded: at most `window` inputs are taken from `source` ahead of the
 * result being yielded, and a slow consumer stops the intake. A result is yielded as soon as it
 * and all before it are done, without waiting for more input, so that a pipeline that writes one
 * page and waits for its line does not stall.
 *
 * `fn` should not reject (turn failures into values); a rejection is rethrown when its turn comes.
 *
 * @example
 * ```ts
 * for await (const n of mapOrdered([3, 1, 2], async (n) => n * 10, 2)) console.log(n); // 30, 10, 20
 * ```
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
): AsyncGenerator<R, void, undefined> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, got ${window}`);
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const inFlight: { promise: Promise<R>; settled: boolean }[] = [];
  let pendingNext: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  let index = 0;
  const take = (next: IteratorResult<T>) => {
    pendingNext = null;
    if (next.done) {
      exhausted = true;
      return;
    }
    const entry = { promise: fn(next.value, index++), settled: false };
    entry.promise.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    inFlight.push(entry);
  };
  try {
    for (;;) {
      if (!exhausted && inFlight.length < window && pendingNext === null) pendingNext = Promise.resolve(iterator.next());
      const head = inFlight[0];
      if (head === undefined) {
        if (pendingNext === null) return;
        take(await pendingNext);
        continue;
      }
      if (pendingNext !== null && !head.settled) {
        // Take more input while the head page is still running, but yield the head the moment it is done.
        const next: Promise<IteratorResult<T>> = pendingNext;
        const winner = await Promise.race([next.then((r) => ({ r })), head.promise.then(() => null, () => null)]);
        if (winner !== null) {
          take(winner.r);
          continue;
        }
      }
      inFlight.shift();
      yield await head.promise;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
