import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command with its output shown; throws if it fails. */
export function run(command: string, args: readonly string[], cwd: string, env = process.env): void {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (${result.signal ?? `exit code ${String(result.status)}`})`,
    );
}

/** The commit REF names in the repository at `root`. */
export function resolveCommit(root: string, ref: string): string {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  });
  const sha = result.stdout.trim();
  if (result.status !== 0 || sha === '') throw new Error(`${ref} names no commit here.`);
  return sha;
}

/**
 * A detached worktree of `sha` in a new temporary folder, installed and built, handed to `use`;
 * removed afterwards whether `use` succeeds or fails.
 */
export async function withRefWorktree<T>(
  root: string,
  sha: string,
  use: (dir: string) => Promise<T> | T,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'veta-bench-ref-'));
  try {
    run('git', ['worktree', 'add', '--detach', dir, sha], root);
    console.log(
      `\nInstalling and building ${sha.slice(0, 9)} in ${dir} (npm ci and a full build: several minutes) ...`,
    );
    run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    run('npx', ['tsc', '-b'], dir);
    return await use(dir);
  } finally {
    console.log(`\nRemoving the worktree ${dir} ...`);
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'inherit' });
  }
}

/**
 * Puts the working tree's bench scripts and compiled results module into REF's checkout, so both
 * commits are measured by one harness and REF's figures are recorded even if REF predates it.
 */
export function overlayHarness(root: string, dir: string): void {
  mkdirSync(join(dir, 'bench'), { recursive: true });
  for (const name of readdirSync(join(root, 'bench')).filter((file) => file.endsWith('.js')))
    copyFileSync(join(root, 'bench', name), join(dir, 'bench', name));
  mkdirSync(join(dir, 'dist', 'bench'), { recursive: true });
  for (const name of readdirSync(join(root, 'dist', 'bench')).filter(
    (file) => file.endsWith('.js') && !file.endsWith('.test.js'),
  ))
    copyFileSync(join(root, 'dist', 'bench', name), join(dir, 'dist', 'bench', name));
}
