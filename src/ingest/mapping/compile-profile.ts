import { isRecordTypeName, RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import type { FieldSpec, Profile, RecordMapping } from '../profiles/profile.js';
import { fieldColumns } from './field-columns.js';
import { parsePath, type FieldPath } from './record-builder.js';
import { bindField, type FieldMapper } from './registry.js';

/** A field of a record, its transform bound and checked. */
export interface CompiledField {
  /** Where the value goes: `price.amount`, `identifiers[]` (appended). */
  path: string;
  target: FieldPath;
  column: string | undefined;
  /** Every column the transform reads (an identifier's scheme column, a template's placeholders). */
  columns: readonly string[];
  /** Set in the profile: an empty or invalid value rejects the row. */
  required: boolean;
  /**
   * Reads a column the record's id is made from: the record would be filed under a key whose parts
   * contradict it, so an invalid value rejects the row, as for a required field.
   */
  key: boolean;
  mapper: FieldMapper;
}

/** How one row becomes records of one type, ready to run. */
export interface CompiledRecord {
  type: RecordTypeName;
  id: CompiledField;
  when: readonly Condition[];
  each: { column: string; separator: string } | undefined;
  fields: readonly CompiledField[];
}

/** A record mapping's `when`: `COLUMN` holds when the column has a value, `COLUMN=VALUE` when it has that value (case aside). */
export interface Condition {
  column: string;
  /** Upper-cased; undefined when any value will do. */
  expected: string | undefined;
}

/** A profile whose every field spec has been checked against its transform. */
export interface CompiledProfile {
  profile: Profile;
  records: readonly CompiledRecord[];
}

/** Checks every part of a profile and binds its transforms; lists all mistakes at once when any. */
export function compileProfile(profile: Profile, source: string): CompiledProfile {
  const errors: string[] = [];
  const records = profile.records.flatMap((mapping, index) => {
    const compiled = compileRecord(mapping, `records[${index}]`, errors);
    return compiled ? [compiled] : [];
  });
  if (errors.length > 0) {
    throw new VetaError(
      'PROFILE_INVALID',
      `The profile ${profile.id} in ${source} has mistakes: ${errors.join('; ')}.`,
    );
  }
  return { profile, records };
}

function compileRecord(mapping: RecordMapping, where: string, errors: string[]): CompiledRecord | undefined {
  if (!isRecordTypeName(mapping.type)) {
    errors.push(`${where}.type "${mapping.type}" is not a record type of the standard`);
    return undefined;
  }
  const properties = Object.keys(RECORD_SCHEMAS[mapping.type].properties);
  const fields: CompiledField[] = [];
  for (const [path, spec] of Object.entries(mapping.fields)) {
    const top = path.split('.')[0]?.replace('[]', '') ?? '';
    if (!properties.includes(top))
      errors.push(`${where}.fields.${path}: ${mapping.type} has no field "${top}"`);
    const field = compileField(path, spec, `${where}.fields.${path}`, errors);
    if (field) fields.push(field);
  }
  const id = compileField('id', mapping.id, `${where}.id`, errors);
  if (!id) return undefined;
  return {
    type: mapping.type,
    id: { ...id, required: true, key: true },
    when: (mapping.when ?? []).map(parseCondition),
    each: mapping.each,
    fields: fields.map((field) => ({
      ...field,
      key: field.columns.some((column) => id.columns.includes(column)),
    })),
  };
}

function compileField(
  path: string,
  spec: FieldSpec,
  where: string,
  errors: string[],
): CompiledField | undefined {
  const bound = bindField(spec);
  if ('errors' in bound) {
    errors.push(...bound.errors.map((error) => `${where}: ${error}`));
    return undefined;
  }
  return {
    path,
    target: parsePath(path),
    column: spec.column,
    columns: fieldColumns(spec),
    required: spec.required === true,
    key: false,
    mapper: bound.mapper,
  };
}

function parseCondition(condition: string): Condition {
  const [column = '', expected] = condition.split('=', 2);
  return { column, expected: expected?.trim().toUpperCase() };
}
