/**
 * Runs work on items in the order given, up to `atOnce` at a time, never two that `conflict` at
 * once; an item starts only after every earlier one has started, so conflicting items finish in
 * order. Results come back in the order given. After a failure nothing new starts; what is running
 * finishes, then the first error is thrown.
 */
export async function runInOrder<Item, Result>(
  items: readonly Item[],
  options: { atOnce: number; conflict: (a: Item, b: Item) => boolean },
  run: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  const running = new Map<Promise<void>, Item>();
  let failure: { error: unknown } | undefined;
  // At least one at a time, whatever was asked (NaN included).
  const atOnce = options.atOnce >= 1 ? options.atOnce : 1;
  const mustWait = (item: Item): boolean =>
    running.size >= atOnce || [...running.values()].some((other) => options.conflict(other, item));
  for (const [index, item] of items.entries()) {
    while (failure === undefined && mustWait(item)) await Promise.race(running.keys());
    if (failure) break;
    const task: Promise<void> = run(item)
      .then((result) => {
        results[index] = result;
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => running.delete(task));
    running.set(task, item);
  }
  await Promise.all(running.keys());
  if (failure) throw failure.error;
  return results;
}
