import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import type { RawRow } from '../readers/raw-row.js';
import { mapRow } from '../mapping/map-row.js';
import { profileFromDocument } from '../profiles/load-profiles.js';
import type { Profile } from '../profiles/profile.js';
import { specColumns } from './precedents.js';
import { tolerable } from './propose-fields.js';
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
 * Runs the draft on the sample and drops the fields of a column that quarantines more rows than a
 * file's own bad rows would (a field can pass alone and fail with the others: a record the
 * standard rejects whole), until the run is steady. The key and conditions are never dropped.
 */
export function trimFailingFields(
  records: readonly DraftRecord[],
  assemble: (records: readonly DraftRecord[]) => Profile,
  rows: readonly RawRow[],
): { profile: Profile; records: DraftRecord[]; run: SampleRun } {
  let current = [...records];
  for (;;) {
    const profile = assemble(current);
    const run = runSample(profile, rows);
    // Each field alone passed its trial: what fails here is a record the standard rejects whole.
    const failing = Object.entries(run.reasons)
      .filter(([reason, count]) => reason.startsWith('INVALID_') && !tolerable(count, run.rows))
      .map(([reason]) => reason.split(' in ')[1])
      .filter((column) => column !== undefined);
    const next = current.map((record) => ({
      ...record,
      fields: record.fields.filter(
        (field) => !specColumns(field.spec).some((column) => failing.includes(column)),
      ),
    }));
    const dropped = next.reduce((sum, record) => sum + record.fields.length, 0);
    if (dropped === current.reduce((sum, record) => sum + record.fields.length, 0))
      return { profile, records: current, run };
    current = next;
  }
}
