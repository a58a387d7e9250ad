import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commitFacts } from './commit-facts.js';
import { parseCompareArguments, type CompareArguments } from './compare-arguments.js';
import { compareReport } from './compare-report.js';
import type { ResultEntry } from './result-entry.js';
import { HARNESS_VARIABLE, readEntries, RESULTS_FILE_VARIABLE, resultsPath } from './results-file.js';
import { overlayHarness, resolveCommit, run, withRefWorktree } from './ref-worktree.js';

/**
 * `npm run bench:compare -- [--again] REF BENCH [args]`: the benchmark at REF (in a temporary
 * worktree), then in the working tree, back to back, then the ratio of each figure. Every run is
 * recorded in the working tree's results file under the commit it measured.
 */
export async function compareAtRef(argv: readonly string[], root = process.cwd()): Promise<void> {
  const options = parseCompareArguments(argv);
  if (!existsSync(join(root, 'bench', options.script)))
    throw new Error(`No bench/${options.script} in ${root}.`);
  const sha = resolveCommit(root, options.ref);
  const file = resultsPath();
  const harness = commitFacts(root, file);
  // Ctrl-C reaches the running benchmark too; this process stays to remove the worktree.
  const interrupted = (): void => {
    process.exitCode = 130;
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    await withRefWorktree(root, sha, (dir) => {
      overlayHarness(root, dir);
      const harnessLabel = `${harness.sha ?? 'unknown'}${harness.dirty ? '+changes' : ''}`;
      const ref = measure(options, dir, file, `REF (${options.ref})`, harnessLabel);
      const here = measure(options, root, file, 'here', undefined);
      const again = options.again
        ? measure(options, dir, file, `REF (${options.ref}) again`, harnessLabel)
        : undefined;
      console.log('');
      for (const line of compareReport(ref, here, again)) console.log(line);
    });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

/** Runs the benchmark in `dir` and returns the entry it appended to the results file. */
function measure(
  options: CompareArguments,
  dir: string,
  file: string,
  label: string,
  harness: string | undefined,
): ResultEntry {
  console.log(`\n=== ${label}: node bench/${options.script} ${options.benchArgs.join(' ')}`);
  const before = readEntries(file).entries.length;
  // The working tree's run is its own harness: an inherited harness variable would mislabel it.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== HARNESS_VARIABLE),
  );
  env[RESULTS_FILE_VARIABLE] = file;
  if (harness) env[HARNESS_VARIABLE] = harness;
  run(process.execPath, [join('bench', options.script), ...options.benchArgs], dir, env);
  const added = readEntries(file).entries.slice(before);
  const entry = added.at(-1);
  if (!entry || added.length !== 1)
    throw new Error(
      `bench/${options.script} at ${label} recorded ${added.length} results, not one: does it call recordResults?`,
    );
  return entry;
}
