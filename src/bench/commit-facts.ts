import { execFileSync } from 'node:child_process';
import type { CommitFacts } from './result-entry.js';

/**
 * The commit checked out in `dir` and whether the tree differs from it. The results file is left
 * out of the check: otherwise every run after the first would count as dirty.
 */
export function commitFacts(dir: string, resultsPath: string): CommitFacts {
  const git = (args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const sha = git(['rev-parse', 'HEAD']);
    const changes = git([
      'status',
      '--porcelain',
      '--',
      '.',
      `:(exclude,top)${topRelative(dir, resultsPath, git)}`,
    ]);
    return { sha, dirty: changes.length > 0 };
  } catch {
    return { sha: null, dirty: null };
  }
}

/** The results file's path from the top of the repository in `dir` (it may lie outside it). */
function topRelative(dir: string, resultsPath: string, git: (args: string[]) => string): string {
  const top = git(['rev-parse', '--show-toplevel']);
  return resultsPath.startsWith(`${top}/`) ? resultsPath.slice(top.length + 1) : 'bench/results.jsonl';
}
