import { vocabularyValues, type RecordTypeName } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { codedColumns } from './coded-columns.js';
import { codedTargets, sameValues } from './propose-coded.js';

/**
 * The standard crosswalk each column of the file is read through, by column: the one whose terms
 * its sample values are. A new layout is named in no crosswalk's appliesTo, so the draft names
 * them itself (a profile's `crosswalks`), and its candidate fields are tried with them. Where the
 * values are terms of several (VIGENTE is a right's status and a register entry's), the one whose
 * codes a property of the file's record types takes comes first.
 */
export function sniffCrosswalks(
  header: readonly string[],
  rows: readonly RawRow[],
  types: readonly RecordTypeName[],
): Record<string, string> {
  const wanted = types.flatMap(codedTargets).map((target) => target.values);
  const found: Record<string, string> = {};
  for (const column of header) {
    const candidates = codedColumns(column, rows);
    const taken = candidates.find((candidate) =>
      wanted.some((values) => sameValues(vocabularyValues(candidate.crosswalk.vocabulary) ?? [], values)),
    );
    const best = taken ?? candidates[0];
    if (best) found[column] = best.crosswalk.id;
  }
  return found;
}
