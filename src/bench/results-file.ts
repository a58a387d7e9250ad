import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResultEntry } from './result-entry.js';

/** Names another results file than the repository's bench/results.jsonl. */
export const RESULTS_FILE_VARIABLE = 'VETA_BENCH_RESULTS';

/**
 * Set by bench:compare on a REF run: the commit whose bench scripts measured REF's code, which
 * differs from the commit recorded (REF's), so the entry says so.
 */
export const HARNESS_VARIABLE = 'VETA_BENCH_HARNESS';

/** The results file: `VETA_BENCH_RESULTS` if set (tests, bench:compare), else the repository's. */
export function resultsPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[RESULTS_FILE_VARIABLE];
  if (chosen) return resolve(chosen);
  // This module runs from dist/bench/: the repository's bench/ is two folders up.
  return fileURLToPath(new URL('../../bench/results.jsonl', import.meta.url));
}

/** The entries in the file, oldest first; lines that are not entries are skipped and counted. */
export function readEntries(path: string): { entries: ResultEntry[]; skipped: number } {
  if (!existsSync(path)) return { entries: [], skipped: 0 };
  const entries: ResultEntry[] = [];
  let skipped = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (parsed) entries.push(parsed);
    else skipped += 1;
  }
  return { entries, skipped };
}

/** Appends one entry as one line (a hand-merged file keeps one entry per line, so it stays valid). */
export function appendEntry(path: string, entry: ResultEntry): void {
  appendFileSync(path, `${JSON.stringify(entry)}\n`);
}

function parseLine(line: string): ResultEntry | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isResultEntry(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough of an entry's shape to compare against it: its name, figures, commit and machine. */
export function isResultEntry(value: unknown): value is ResultEntry {
  if (!isRecord(value)) return false;
  const { benchmark, parameters, figures, commit, date, machine } = value;
  return (
    typeof benchmark === 'string' &&
    isRecord(parameters) &&
    isRecord(figures) &&
    Object.values(figures).every(
      (figure) =>
        isRecord(figure) &&
        typeof figure.value === 'number' &&
        typeof figure.unit === 'string' &&
        typeof figure.higherIsBetter === 'boolean',
    ) &&
    isRecord(commit) &&
    typeof date === 'string' &&
    isRecord(machine) &&
    typeof machine.cores === 'number' &&
    typeof machine.memoryGiB === 'number' &&
    typeof machine.cpu === 'string' &&
    typeof machine.node === 'string' &&
    (typeof machine.postgres === 'string' || machine.postgres === null)
  );
}
