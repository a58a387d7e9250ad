import { sameMachine } from './machine-facts.js';
import type { Figure, ResultEntry } from './result-entry.js';

/**
 * The last entry before `entry` in `earlier` that measured the same benchmark, with the same
 * parameters, on a machine with the same facts: the only one its figures can be read against.
 */
export function lastComparable(earlier: readonly ResultEntry[], entry: ResultEntry): ResultEntry | undefined {
  return earlier.findLast(
    (candidate) =>
      candidate.benchmark === entry.benchmark &&
      sameParameters(candidate.parameters, entry.parameters) &&
      sameMachine(candidate.machine, entry.machine),
  );
}

function sameParameters(a: ResultEntry['parameters'], b: ResultEntry['parameters']): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** `after` over `before`, or undefined when `before` is zero. */
export function ratio(before: number, after: number): number | undefined {
  return before === 0 ? undefined : after / before;
}

/** Whether moving from `before` to `after` is better, worse or neither for this figure. */
export function verdict(figure: Figure, before: number, after: number): 'better' | 'worse' | 'same' {
  if (after === before) return 'same';
  return after > before === figure.higherIsBetter ? 'better' : 'worse';
}

/** "alert list p95 (ms): 165 → 120 (0.73×, better)"; a figure the earlier run lacked says so. */
export function changeLine(name: string, figure: Figure, before: Figure | undefined): string {
  const label = `${name} (${figure.unit})`;
  if (!before) return `${label}: ${formatNumber(figure.value)} (not measured before)`;
  const times = ratio(before.value, figure.value);
  const shown = times === undefined ? 'n/a' : `${times.toFixed(2)}×`;
  return `${label}: ${formatNumber(before.value)} → ${formatNumber(figure.value)} (${shown}, ${verdict(figure, before.value, figure.value)})`;
}

/** The lines printed after a run: each figure against the comparable earlier entry, if any. */
export function comparisonReport(entry: ResultEntry, earlier: ResultEntry | undefined): string[] {
  if (!earlier)
    return [
      `No earlier ${entry.benchmark} result with the same parameters on a machine with the same facts: nothing to compare.`,
    ];
  const heading = `Against the last ${entry.benchmark} result on this machine (${shortSha(earlier)}, ${earlier.date}):`;
  return [
    heading,
    ...Object.entries(entry.figures).map(
      ([name, figure]) => `  ${changeLine(name, figure, earlier.figures[name])}`,
    ),
  ];
}

export function shortSha(entry: ResultEntry): string {
  const sha = entry.commit.sha?.slice(0, 9) ?? 'unknown commit';
  return entry.commit.dirty ? `${sha} with changes` : sha;
}

/** Up to four significant digits, without trailing zeros, so ratios and counts both read well. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(Math.abs(value) >= 1000 ? 6 : 4)));
}
