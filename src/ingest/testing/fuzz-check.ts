import fc from 'fast-check';

// A fixed seed replays the same cases on every run; a random one finds new ones. fast-check prints
// the seed (and the path to the case) when a property fails, so either can be replayed.
const SEEDS = [17, Math.floor(Math.random() * 2 ** 31)];

/**
 * Checks a property for each seed within a time budget. Past it, the remaining runs pass at once:
 * a run in progress is awaited, never abandoned as fast-check's interruptAfterTimeLimit does, since
 * it may hold a database connection or a file after the test has ended.
 */
export async function fuzzCheck<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void> | void,
  options: { budgetMs: number; numRuns: number },
): Promise<void> {
  for (const seed of SEEDS) {
    const deadline = performance.now() + options.budgetMs;
    const property = fc.asyncProperty(arbitrary, async (value) => {
      if (performance.now() < deadline) await predicate(value);
    });
    await fc.assert(property, { seed, numRuns: options.numRuns });
  }
}
