import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import type { RawRow } from '../readers/raw-row.js';
import { mapRow } from '../mapping/map-row.js';
import { profileFromDocument } from '../profiles/load-profiles.js';
import type { Profile } from '../profiles/profile.js';
import { specColumns } from './precedents.js';
import { tolerable } from './try-field.js';
import type { DraftRecord } from './propose-records.js';

/** What a profile made of the sample rows, as a dry run would say it. */
export interface SampleRun {
  rows: number;
  loaded: number;
  quarantined: number;
  /** Records made, by type. */
  records: Record<string, number>;
  /** Why rows were quarantined: "CODE in COLUMN" with how many rows. */
  reasons: Record<string, number>;
}

/** Maps the sample rows with a profile, checked as a shipped one is. */
export function runSample(profile: Profile, rows: readonly RawRow[]): SampleRun {
  const compiled = profileFromDocument(profile, `the draft of ${profile.id}`);
  const run: SampleRun = { rows: rows.length, loaded: 0, quarantined: 0, records: {}, reasons: {} };
  const context = {
    today: new Date().toISOString().slice(0, 10),
    file: profile.id,
    limits: DEFAULT_READ_LIMITS,
  };
  for (const row of rows) {
    const mapped = mapRow(compiled, row, context);
    if (mapped.problems.length > 0) {
      run.quarantined++;
      for (const reason of new Set(mapped.problems.map(reasonOf)))
        run.reasons[reason] = (run.reasons[reason] ?? 0) + 1;
      continue;
    }
    run.loaded++;
    for (const record of mapped.records) run.records[record.type] = (run.records[record.type] ?? 0) + 1;
  }
  return run;
}

function reasonOf(problem: { code: string; column: string | null }): string {
  return problem.column ? `${problem.code} in ${problem.column}` : problem.code;
}

/**
 * Runs the draft on the sample and, while it quarantines more rows than a file's own bad rows
 * would (fields that each pass alone can fail together, or make a record the standard rejects
 * whole), drops the fields of the column named in most reasons. The key is never dropped.
 */
export function trimFailingFields(
  records: readonly DraftRecord[],
  assemble: (records: readonly DraftRecord[]) => Profile,
  rows: readonly RawRow[],
): { profile: Profile; records: DraftRecord[]; run: SampleRun } {
  let current = {
    records: [...records],
    profile: assemble(records),
    run: runSample(assemble(records), rows),
  };
  for (;;) {
    const failed = failedRows(current.run);
    const worst = worstColumn(current.run, current.records);
    if (tolerable(failed, current.run.rows) || worst === undefined) return current;
    const next = current.records.map((record) => ({
      ...record,
      fields: record.fields.filter((field) => !specColumns(field.spec).includes(worst)),
    }));
    const profile = assemble(next);
    const run = runSample(profile, rows);
    // A column whose fields, once dropped, leave more rows failing, or as many for as many
    // reasons, was not what failed them.
    if (
      failedRows(run) > failed ||
      (failedRows(run) === failed && reasonCount(run) >= reasonCount(current.run))
    )
      return current;
    current = { records: next, profile, run };
  }
}

function reasonCount(run: SampleRun): number {
  return Object.values(run.reasons).reduce((sum, count) => sum + count, 0);
}

function failedRows(run: SampleRun): number {
  return run.quarantined - (run.reasons.NO_RECORD ?? 0);
}

// The column, key columns aside, named in the most quarantine reasons.
function worstColumn(run: SampleRun, records: readonly DraftRecord[]): string | undefined {
  const keys = new Set(records.flatMap((record) => specColumns(record.id.spec)));
  const byColumn = new Map<string, number>();
  for (const [reason, count] of Object.entries(run.reasons)) {
    const column = reason.split(' in ')[1];
    if (column !== undefined && !keys.has(column)) byColumn.set(column, (byColumn.get(column) ?? 0) + count);
  }
  return [...byColumn.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
