export interface CompareArguments {
  ref: string;
  /** The bench script's file name in bench/, e.g. `api.js`. */
  script: string;
  benchArgs: string[];
  /** Run REF once more after the working tree, to show how far two runs of one commit differ. */
  again: boolean;
}

export const COMPARE_USAGE =
  'Usage: npm run bench:compare -- [--again] REF BENCH [bench args...]  (BENCH: api, ingest, bench/detect.js ...)';

/** `[--again] REF BENCH [bench args...]`; BENCH may be `api`, `api.js` or `bench/api.js`. */
export function parseCompareArguments(argv: readonly string[]): CompareArguments {
  const rest = [...argv];
  let again = false;
  while (rest[0]?.startsWith('--')) {
    const flag = rest.shift();
    if (flag === '--again') again = true;
    else throw new Error(`Unknown option ${String(flag)}. ${COMPARE_USAGE}`);
  }
  const [ref, bench, ...benchArgs] = rest;
  if (!ref || !bench) throw new Error(COMPARE_USAGE);
  const name = bench.replace(/^(\.\/)?bench\//, '').replace(/\.js$/, '');
  if (!/^[\w-]+$/.test(name)) throw new Error(`Not a benchmark name: ${bench}. ${COMPARE_USAGE}`);
  return { ref, script: `${name}.js`, benchArgs, again };
}
