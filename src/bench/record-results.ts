import { commitFacts } from './commit-facts.js';
import { comparisonReport, lastComparable } from './comparison.js';
import { machineFacts } from './machine-facts.js';
import type { Figure, ResultEntry } from './result-entry.js';
import { appendEntry, HARNESS_VARIABLE, readEntries, resultsPath } from './results-file.js';

export interface RunResults {
  benchmark: string;
  parameters: ResultEntry['parameters'];
  /** Figures by name; one that is not a finite number (a run that measured nothing) is left out. */
  figures: Record<string, Figure>;
  /** `SHOW server_version` of the PostgreSQL server the run used, or null for none. */
  postgres: string | null;
  /** The repository the run measured: its checkout's commit is recorded. Defaults to the cwd. */
  repository?: string;
  /** The results file; defaults to `VETA_BENCH_RESULTS` or bench/results.jsonl. */
  file?: string;
  print?: (line: string) => void;
}

/**
 * Appends a run's figures to the results file with its commit, date and machine, then prints each
 * figure against the last earlier result of the same benchmark on a machine with the same facts.
 */
export function recordResults(run: RunResults): ResultEntry {
  const print = run.print ?? console.log;
  const file = run.file ?? resultsPath();
  const figures: Record<string, Figure> = {};
  for (const [name, figure] of Object.entries(run.figures)) {
    if (Number.isFinite(figure.value)) figures[name] = figure;
    else print(`Not recorded: ${name} (${String(figure.value)}) is not a number.`);
  }
  const entry: ResultEntry = {
    benchmark: run.benchmark,
    parameters: run.parameters,
    figures,
    commit: commitFacts(run.repository ?? process.cwd(), file),
    date: new Date().toISOString(),
    machine: machineFacts(run.postgres),
  };
  const harness = process.env[HARNESS_VARIABLE];
  if (harness) entry.harness = harness;
  const { entries, skipped } = readEntries(file);
  appendEntry(file, entry);
  print('');
  print(`Recorded in ${file}.`);
  if (skipped > 0) print(`(${skipped} line(s) of it are not results and were ignored.)`);
  for (const line of comparisonReport(entry, lastComparable(entries, entry))) print(line);
  return entry;
}
