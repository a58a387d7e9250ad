import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../../store/engine/database-target.js';

const BIN = fileURLToPath(new URL('../../../bin/veta.js', import.meta.url));

export interface VetaRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `veta` binary in a child process, as a user would, and collects its output;
 * `input`, when given, is written to its standard input.
 */
export function runVeta(
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<VetaRun> {
  const childEnv: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...env };
  const child = spawn(process.execPath, [BIN, ...args], {
    env: childEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Without input, standard input is closed at once, as 'ignore' would leave it.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The `--db` argument that points `veta` at a test database. */
export function dbArgs(target: DatabaseTarget): string[] {
  return ['--db', target.engine === 'postgres' ? target.url : `file://${target.dataDir}`];
}
