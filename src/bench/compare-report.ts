import { formatNumber, ratio, shortSha, verdict } from './comparison.js';
import type { ResultEntry } from './result-entry.js';

/**
 * The table bench:compare prints: each figure at REF and here, and here over REF with whether that
 * is better; with a second REF run, that run too and its ratio to the first (the noise to read the
 * here/REF ratio against).
 */
export function compareReport(ref: ResultEntry, here: ResultEntry, refAgain?: ResultEntry): string[] {
  const header = ['figure', 'REF', 'here', 'here/REF'];
  if (refAgain) header.push('REF again', 'REF again/REF');
  const rows = [header];
  const names = [...new Set([...Object.keys(ref.figures), ...Object.keys(here.figures)])];
  for (const name of names) {
    const before = ref.figures[name];
    const after = here.figures[name];
    const figure = after ?? before;
    if (!figure) continue;
    const row = [
      `${name} (${figure.unit})`,
      before ? formatNumber(before.value) : '-',
      after ? formatNumber(after.value) : '-',
      before && after ? times(before.value, after.value, verdict(figure, before.value, after.value)) : '-',
    ];
    if (refAgain) {
      const second = refAgain.figures[name];
      row.push(
        second ? formatNumber(second.value) : '-',
        before && second ? times(before.value, second.value) : '-',
      );
    }
    rows.push(row);
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
  return [
    `${here.benchmark}: REF ${shortSha(ref)} against here ${shortSha(here)}, back to back on this machine`,
    ...lines,
  ];
}

function times(before: number, after: number, word?: string): string {
  const value = ratio(before, after);
  if (value === undefined) return 'n/a';
  return word ? `${value.toFixed(2)}× ${word}` : `${value.toFixed(2)}×`;
}
