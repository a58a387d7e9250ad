import { decideDecimalMark, decimalMarkShown, type DecimalMark, type NumberOptions } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';

/**
 * Each column's decimal mark, decided from the marks its values show (12,5 or 1.234,56 show a
 * comma; 12.5 or 1,234.5 a point; 1234 and 1.234 show none): the mark most of them show, with the
 * layout's as the prior where they tie or show none. Given a file's first rows, before any is
 * mapped; only columns whose values showed a mark are listed, the others follow the layout.
 */
export function numberMarks(
  rows: readonly RawRow[],
  declared: DecimalMark | undefined,
): Record<string, NumberOptions> {
  const shown = new Map<string, Record<DecimalMark, number>>();
  for (const row of rows) {
    if (row.problems.length > 0) continue;
    for (const [column, text] of Object.entries(row.values)) {
      const mark = decimalMarkShown(text);
      if (mark === undefined) continue;
      const counts = shown.get(column) ?? { '.': 0, ',': 0 };
      counts[mark] += 1;
      shown.set(column, counts);
    }
  }
  return Object.fromEntries(
    [...shown].map(([column, counts]) => [column, decideDecimalMark(counts, declared)]),
  );
}
