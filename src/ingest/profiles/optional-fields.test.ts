import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { CompiledField, CompiledProfile, CompiledRecord } from '../mapping/compile-profile.js';
import { applies, mapRow, type MappedRecord, type MappedRow } from '../mapping/map-row.js';
import { rowInput } from '../mapping/transform.js';
import type { TransformResult } from '../mapping/transform.js';
import type { RawRow } from '../readers/raw-row.js';
import { loadProfiles, type LoadedProfile } from './load-profiles.js';
import { FIXTURE_CONTEXT, fixtureRows } from './testing/map-fixture.js';

// Every profile, each optional field spoiled in turn in a valid fixture row: the row must still load
// its records, that field left out and flagged. The converse: a spoiled required field or key still
// quarantines the row (or, in a secondary record, drops that record with a flag on the row's own).

// Values some transform must refuse, tried in turn until the field's own transform refuses one: an
// impossible date, letters, a negative, an unknown code, a polygon that does not close, no JSON.
const INVALID = ['1915-13-45', 'abc', '-1', 'XX', 'POLYGON((0 0))', '{"type":"Nope"}', '1e999'];

// Transforms that may take any value, given their parameters: text, a code of a scheme without a
// check digit (a mining right's), an address without a country column, a party's kind with a
// fallback. An optional field of theirs that refuses none of the values above is never dropped.
// A fine mass computed from two columns leaves a bad one to the fields that read it.
const MAY_TAKE_ANY = new Set([
  'const',
  'text',
  'template',
  'identifier',
  'address',
  'party-kind',
  'fine-mass',
]);

// Inside an each-list, `$item` is an element of the list column, not a column that can be spoiled.
const ITEM = '$item';

interface Spoil {
  row: RawRow;
  column: string;
  value: string;
}

// A boundary drops itself (flagged GEOMETRY_INVALID, ERROR) rather than refusing: refused all the same.
function refuses(result: TransformResult): boolean {
  return (
    !result.ok ||
    (result.value === undefined && (result.flags ?? []).some((flag) => flag.severity === 'ERROR'))
  );
}

for (const { profile } of loadProfiles()) {
  describe(`${profile.id}: only a required field or a key rejects a row`, () => {
    let loaded: LoadedProfile;
    let rows: { row: RawRow; mapped: MappedRow }[];
    before(async () => {
      const fixture = await fixtureRows(profile.id);
      loaded = fixture.loaded;
      rows = fixture.rows.map((row) => ({ row, mapped: mapRow(loaded, row, FIXTURE_CONTEXT) }));
    });

    it('keeps the records of a row whose optional field is invalid, without that field, flagged', () => {
      const failures: string[] = [];
      const protectedColumns = columnsThatReject(loaded);
      for (const mapping of loaded.records) {
        const sample = sampleRow(loaded, mapping, rows);
        for (const field of mapping.fields.filter((candidate) => !candidate.required && !candidate.key)) {
          const where = `${mapping.type}.${field.path}`;
          const columns = field.columns.filter((column) => column !== ITEM && !protectedColumns.has(column));
          const spoil = spoilField(loaded, field, sample.row, columns, INVALID);
          if (!spoil) {
            // Nothing to drop: the transform takes any text, or reads only columns that reject.
            if (!MAY_TAKE_ANY.has(use(loaded, mapping, field)) && columns.length > 0)
              failures.push(
                `${profile.id} ${where}: none of ${INVALID.join(' | ')} is refused; add one its transform refuses`,
              );
            continue;
          }
          const result = mapRow(loaded, spoil.row, FIXTURE_CONTEXT);
          const at = `${where} with ${spoil.column} "${spoil.value}"`;
          if (result.problems.length > 0) {
            failures.push(
              `${profile.id} ${at}: rejected: ${result.problems.map((p) => p.message).join(' | ')}`,
            );
            continue;
          }
          if (!isDeepStrictEqual(keys(result.records), keys(sample.mapped.records)))
            failures.push(`${profile.id} ${at}: made ${keys(result.records).join(', ')}`);
          const flagged = result.records.filter(
            (record) =>
              record.type === mapping.type &&
              record.flags.some(
                (flag) =>
                  flag.field === spoil.column &&
                  ((flag.code === 'OPTIONAL_FIELD_DROPPED' &&
                    flag.severity === 'WARNING' &&
                    flag.message.includes(`"${spoil.value}"`)) ||
                    flag.severity === 'ERROR'),
              ),
          );
          if (flagged.length === 0)
            failures.push(`${profile.id} ${at}: no OPTIONAL_FIELD_DROPPED flag naming them`);
          // Left out exactly: as if the profile lacked every field the spoiled value makes fail.
          const expected = mapRow(withoutRefusing(loaded, spoil), spoil.row, FIXTURE_CONTEXT);
          if (!isDeepStrictEqual(bodies(result.records), bodies(expected.records)))
            failures.push(`${profile.id} ${at}: more than the field left out`);
          // Unless another field writes the same spot (a legal form read off the name as well).
          const shared = mapping.fields.some(
            (other) =>
              other !== field && (field.path === other.path || field.path.startsWith(`${other.path}.`)),
          );
          if (!field.target.append && !shared && flagged.some((record) => !isEmpty(valueAt(record, field))))
            failures.push(`${profile.id} ${at}: the field is still there`);
        }
      }
      assert.deepEqual(failures, []);
    });

    it('rejects a row whose required field or key is invalid, naming the row and column', () => {
      const failures: string[] = [];
      for (const mapping of loaded.records) {
        const sample = sampleRow(loaded, mapping, rows);
        // The row's own record: made by the first mapping that applies to it.
        const own = loaded.records.find((candidate) =>
          applies(candidate, rowInput(loaded.profile, sample.row, FIXTURE_CONTEXT)),
        );
        const ownColumns = columnsThatReject(loaded, [own]);
        for (const field of [mapping.id, ...mapping.fields].filter((f) => f.required || f.key)) {
          const where = `${mapping.type}.${field.path}`;
          const columns = field.columns.filter(
            (column) => column !== ITEM && !mapping.when.some((condition) => condition.column === column),
          );
          const spoil = spoilField(loaded, field, sample.row, columns, [...INVALID, '']);
          if (!spoil) {
            if (!MAY_TAKE_ANY.has(use(loaded, mapping, field)) && columns.length > 0)
              failures.push(
                `${profile.id} ${where}: neither an empty cell nor any of ${INVALID.join(' | ')} is refused`,
              );
            continue;
          }
          const result = mapRow(loaded, spoil.row, FIXTURE_CONTEXT);
          const at = `${where} with ${spoil.column} "${spoil.value}"`;
          const named = (message: string): boolean =>
            new RegExp(`Row ${spoil.row.rowNumber}, .*\\b${spoil.column}\\b`).test(message);
          if (mapping === own || ownColumns.has(spoil.column)) {
            if (result.records.length > 0) failures.push(`${profile.id} ${at}: not quarantined`);
            if (
              !result.problems.some((problem) => problem.message.startsWith('Row') && named(problem.message))
            )
              failures.push(
                `${profile.id} ${at}: no problem names the row and column: ${JSON.stringify(result.problems)}`,
              );
            continue;
          }
          // A secondary record (a seller, an owner) is dropped; the row's own record says so.
          if (result.problems.length > 0)
            failures.push(`${profile.id} ${at}: quarantined: ${JSON.stringify(result.problems)}`);
          else if (result.records.length >= sample.mapped.records.length)
            failures.push(`${profile.id} ${at}: not dropped`);
          else if (
            !result.records.some((record) =>
              record.flags.some((flag) => flag.code === 'RECORD_DROPPED' && named(flag.message)),
            )
          )
            failures.push(`${profile.id} ${at}: no RECORD_DROPPED flag naming the row and column`);
        }
      }
      assert.deepEqual(failures, []);
    });
  });
}

/** The first fixture row the mapping makes a record from with no problem at all. */
function sampleRow(
  loaded: LoadedProfile,
  mapping: CompiledRecord,
  rows: readonly { row: RawRow; mapped: MappedRow }[],
): { row: RawRow; mapped: MappedRow } {
  const sample = rows.find(
    ({ row, mapped }) =>
      mapped.problems.length === 0 &&
      applies(mapping, rowInput(loaded.profile, row, FIXTURE_CONTEXT)) &&
      mapped.records.some((record) => record.type === mapping.type) &&
      mapped.records.every((record) => record.flags.every((flag) => flag.code !== 'RECORD_DROPPED')),
  );
  assert.ok(sample, `${loaded.profile.id}: the fixture has a valid row for its ${mapping.type} mapping`);
  return sample;
}

/** Columns a required field or a key reads (in the given mappings), and those `when` and `each` test. */
function columnsThatReject(
  loaded: CompiledProfile,
  mappings: readonly (CompiledRecord | undefined)[] = loaded.records,
): Set<string> {
  const columns = new Set<string>();
  for (const mapping of mappings) {
    if (!mapping) continue;
    for (const field of [mapping.id, ...mapping.fields])
      if (field.required || field.key) for (const column of field.columns) columns.add(column);
    for (const condition of mapping.when) columns.add(condition.column);
    if (mapping.each) columns.add(mapping.each.column);
  }
  return columns;
}

/** The row with one of the columns set to the first value the field's transform refuses. */
function spoilField(
  loaded: CompiledProfile,
  field: CompiledField,
  row: RawRow,
  columns: readonly string[],
  candidates: readonly string[],
): Spoil | undefined {
  for (const column of columns) {
    for (const value of candidates) {
      const spoiled: RawRow = { ...row, values: { ...row.values, [column]: value } };
      const result = field.mapper(rowInput(loaded.profile, spoiled, FIXTURE_CONTEXT));
      if (refuses(result) || (field.required && result.ok && result.value === undefined))
        return { row: spoiled, column, value };
    }
  }
  return undefined;
}

/** The profile without the fields the spoiled row's values make fail. */
function withoutRefusing(loaded: LoadedProfile, spoil: Spoil): CompiledProfile {
  const input = rowInput(loaded.profile, spoil.row, FIXTURE_CONTEXT);
  return {
    profile: loaded.profile,
    records: loaded.records.map((mapping) => ({
      ...mapping,
      fields: mapping.fields.filter(
        (field) => !field.columns.includes(spoil.column) || !refuses(field.mapper(input)),
      ),
    })),
  };
}

function use(loaded: CompiledProfile, mapping: CompiledRecord, field: CompiledField): string {
  const spec = loaded.profile.records[loaded.records.indexOf(mapping)];
  return field.path === 'id' && field === mapping.id
    ? (spec?.id.use ?? '')
    : (spec?.fields[field.path]?.use ?? '');
}

function keys(records: readonly MappedRecord[]): string[] {
  return records.map((record) => `${record.type} ${record.id}`);
}

function bodies(records: readonly MappedRecord[]): Record<string, unknown>[] {
  return records.map((record) => record.body);
}

// A list the standard requires stays, empty.
function isEmpty(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function valueAt(record: MappedRecord, field: CompiledField): unknown {
  let node: unknown = record.body;
  for (const part of [...field.target.parents, field.target.key]) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
