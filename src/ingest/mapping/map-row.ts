import {
  qualityFlag,
  RECORD_SCHEMAS,
  validateStored,
  type QualityFlag,
  type RecordTypeName,
  type ValidationIssue,
} from '@veta/standard';
import type { RawRow, RowProblem } from '../readers/raw-row.js';
import type { CompiledField, CompiledProfile, CompiledRecord, Condition } from './compile-profile.js';
import { setPath } from './record-builder.js';
import { cell, listItems, rowInput, withItem, type RowContext, type TransformInput } from './transform.js';

/** A record a row produced: its type, natural key and body (provenance is stored beside it). */
export interface MappedRecord {
  type: RecordTypeName;
  id: string;
  /**
   * Made by the profile's first record entry: the row's own record, whose key repeating later in
   * the file marks the earlier row a duplicate. Later entries (a seller, an owner) recur by nature.
   */
  primary: boolean;
  body: Record<string, unknown>;
  flags: QualityFlag[];
}

/**
 * What became of one row: records, or the problems that reject it (never both). A record that
 * lost an optional field, or a row that lost a secondary record, is kept and says so in its flags.
 */
export interface MappedRow {
  records: MappedRecord[];
  problems: RowProblem[];
}

/**
 * Turns one raw row into standard records, validated. Only what the row cannot do without rejects
 * it: a required field or a key of its own record (made by the first mapping that applies) missing
 * or invalid. A bad optional field is left out of its record, flagged; a secondary record that
 * fails (a seller, an owner) is left out, and the row's own record says why.
 */
export function mapRow(compiled: CompiledProfile, row: RawRow, context: RowContext): MappedRow {
  if (row.problems.length > 0) return { records: [], problems: row.problems };
  const input = rowInput(compiled.profile, row, context);
  const records: MappedRecord[] = [];
  const problems: RowProblem[] = [];
  const dropped: { type: RecordTypeName; problem: RowProblem }[] = [];
  // The row's own record comes from the first mapping that applies (a form is a purchase or an
  // export); the later ones describe others it names.
  const own = compiled.records.find((mapping) => applies(mapping, input));
  const ownRecords: MappedRecord[] = [];
  for (const [index, mapping] of compiled.records.entries()) {
    if (!applies(mapping, input)) continue;
    for (const elementInput of elements(mapping, input)) {
      const built = mapRecord(mapping, elementInput, index === 0);
      if ('record' in built) {
        records.push(built.record);
        if (mapping === own) ownRecords.push(built.record);
      } else if (mapping === own) problems.push(...built.problems);
      else dropped.push(...built.problems.map((problem) => ({ type: mapping.type, problem })));
    }
  }
  // The id and a field may read the same empty column: one reason is said once.
  if (problems.length > 0) return { records: [], problems: distinct(problems) };
  if (records.length === 0)
    return {
      records: [],
      problems: dropped.length > 0 ? dropped.map(({ problem }) => problem) : [noRecord(row)],
    };
  flagDroppedRecords(ownRecords.length > 0 ? ownRecords : records, dropped);
  return { records, problems };
}

function distinct(problems: readonly RowProblem[]): RowProblem[] {
  return [...new Map(problems.map((problem) => [problem.message, problem])).values()];
}

// The loss is told on the row's own record: that is where an analyst looking at the purchase finds
// that its seller did not load.
function flagDroppedRecords(
  own: readonly MappedRecord[],
  dropped: readonly { type: RecordTypeName; problem: RowProblem }[],
): void {
  for (const record of own) {
    for (const { type, problem } of dropped) {
      record.flags.push(
        qualityFlag(
          'RECORD_DROPPED',
          `The ${type} this row also describes was not loaded: ${problem.message} (${problem.code})`,
          problem.column ?? undefined,
        ),
      );
    }
  }
}

/** Whether a record mapping's `when` holds for the row. */
export function applies(mapping: CompiledRecord, input: TransformInput): boolean {
  return mapping.when.every((condition) => holds(condition, input));
}

function holds(condition: Condition, input: TransformInput): boolean {
  const actual = cell(input, condition.column);
  return condition.expected === undefined ? actual !== '' : actual.toUpperCase() === condition.expected;
}

// A row that becomes nothing would vanish from the counts: say so, so it is quarantined instead.
function noRecord(row: RawRow): RowProblem {
  return {
    column: null,
    code: 'NO_RECORD',
    message: `Row ${row.rowNumber}: the row matches none of the profile's record mappings (see their "when").`,
  };
}

function elements(mapping: CompiledRecord, input: TransformInput): TransformInput[] {
  if (!mapping.each) return [input];
  const { column, separator } = mapping.each;
  return listItems(cell(input, column), separator).map((item) => withItem(input, item));
}

/** What a field came to: a value with the flags it raised, or the flag saying why it was left out. */
type FieldOutcome =
  | { field: CompiledField; value: unknown; flags: readonly QualityFlag[] }
  | { field: CompiledField; dropped: QualityFlag };

/** One record, or the problems of its id, required and key fields that keep it from being made. */
function mapRecord(
  mapping: CompiledRecord,
  input: TransformInput,
  primary: boolean,
): { record: MappedRecord } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const id = runField(mapping.id, input, problems);
  const outcomes: FieldOutcome[] = [];
  for (const field of mapping.fields) {
    const result = field.mapper(input);
    if (!result.ok && !essential(field)) {
      const column = result.problem.column ?? field.column;
      outcomes.push({ field, dropped: droppedFlag(field, input, column, result.problem) });
      continue;
    }
    const ran = runField(field, input, problems, result);
    if (ran) outcomes.push({ field, ...ran });
  }
  // A field that failed has already said why; validating the rest would only repeat it.
  if (typeof id?.value !== 'string' || problems.length > 0) return { problems };
  const base = {
    type: mapping.type,
    id: id.value,
    primary,
    flags: [...(input.row.flags ?? []), ...id.flags],
  };
  return validRecord(mapping, base, outcomes, input);
}

/** Whether the record cannot stand without the field: required by the profile, or part of its key. */
function essential(field: CompiledField): boolean {
  return field.required || field.key;
}

function runField(
  field: CompiledField,
  input: TransformInput,
  problems: RowProblem[],
  result = field.mapper(input),
): { value: unknown; flags: readonly QualityFlag[] } | undefined {
  if (!result.ok) {
    const column = result.problem.column ?? field.column ?? null;
    problems.push({
      column,
      code: result.problem.code,
      message: `Row ${input.row.rowNumber}, column ${column ?? field.path}: ${result.problem.message}`,
    });
    return undefined;
  }
  if (result.value === undefined && field.required) {
    // A template (an id made of several columns) names the columns it found empty.
    const empty = field.column ?? field.columns.filter((column) => cell(input, column) === '').join(', ');
    problems.push({
      column: field.column ?? null,
      code: 'VALUE_MISSING',
      message: `Row ${input.row.rowNumber}, column ${empty || field.path}: a value is required and the cell is empty.`,
    });
    return undefined;
  }
  return { value: result.value, flags: result.flags ?? [] };
}

/** The flag that keeps a record whose optional field was refused: the column, its raw value and why. */
function droppedFlag(
  field: CompiledField,
  input: TransformInput,
  column: string | undefined,
  reason: { code: string; message: string },
): QualityFlag {
  const where =
    column === undefined ? field.path : `${column} "${shortened(input.row.values[column] ?? '')}"`;
  return qualityFlag(
    'OPTIONAL_FIELD_DROPPED',
    `Row ${input.row.rowNumber}, ${where}: left out of ${field.path}, the rest of the record kept. ${reason.message.replace(/\.$/, '')} (${reason.code}).`,
    column ?? field.path,
  );
}

// The whole cell is in the stored raw row: a flag quotes enough of it to be recognised.
const QUOTED_MAX = 200;

function shortened(raw: string): string {
  return raw.length > QUOTED_MAX ? `${raw.slice(0, QUOTED_MAX)}…` : raw;
}

/**
 * The record, validated against the standard; an optional field the schema refuses is left out
 * and the rest validated again. Each round drops at least one field or ends, so it terminates.
 */
function validRecord(
  mapping: CompiledRecord,
  base: Omit<MappedRecord, 'body'>,
  outcomes: FieldOutcome[],
  input: TransformInput,
): { record: MappedRecord } | { problems: RowProblem[] } {
  for (;;) {
    const record = assemble(mapping, base, outcomes, input.country);
    // The provenance is stored in columns beside the body, built from the file itself: only the body
    // and flags are checked per record (profiles/testing/map-fixture.ts checks every layout's
    // records whole, provenance too).
    const result = validateStored(record.type, record.body, record.flags);
    if (result.ok) return { record };
    const problems: RowProblem[] = [];
    const droppedNow = new Set<CompiledField>();
    for (const issue of result.issues) {
      const top = issue.path.split('/')[1] ?? '';
      const fields = mapping.fields.filter((field) => topProperty(field) === top);
      if (fields.some((field) => droppedNow.has(field))) continue;
      const culprits = outcomes.filter(
        (outcome) => fields.includes(outcome.field) && 'value' in outcome && outcome.value !== undefined,
      );
      if (culprits.length > 0 && !culprits.some((outcome) => essential(outcome.field))) {
        const reason = {
          code: `INVALID_${issue.code}`,
          message: `${record.type} ${issue.path} ${issue.message}`,
        };
        for (const culprit of culprits) {
          droppedNow.add(culprit.field);
          outcomes[outcomes.indexOf(culprit)] = {
            field: culprit.field,
            dropped: droppedFlag(culprit.field, input, culprit.field.column, reason),
          };
        }
        continue;
      }
      problems.push(invalidProblem(record, issue, fields, outcomes, input.row.rowNumber));
    }
    if (problems.length > 0) return { problems };
  }
}

// A required property left empty because its optional field was dropped names that field's reason.
function invalidProblem(
  record: MappedRecord,
  issue: ValidationIssue,
  fields: readonly CompiledField[],
  outcomes: readonly FieldOutcome[],
  rowNumber: number,
): RowProblem {
  const column = fields[0]?.column ?? null;
  const reasons = outcomes.flatMap((outcome) =>
    'dropped' in outcome && fields.includes(outcome.field) ? [` ${outcome.dropped.message}`] : [],
  );
  return {
    column,
    code: `INVALID_${issue.code}`,
    message: `Row ${rowNumber}${column ? `, column ${column}` : ''}: ${record.type} ${issue.path || 'record'} ${issue.message}.${reasons.join('')}`,
  };
}

function topProperty(field: CompiledField): string {
  return field.path.split('.')[0]?.replace('[]', '') ?? '';
}

function assemble(
  mapping: CompiledRecord,
  base: Omit<MappedRecord, 'body'>,
  outcomes: readonly FieldOutcome[],
  country: string | undefined,
): MappedRecord {
  const body: Record<string, unknown> = { recordType: mapping.type };
  if (country !== undefined) body.country = country;
  const flags = [...base.flags];
  for (const outcome of outcomes) {
    if ('dropped' in outcome) {
      flags.push(outcome.dropped);
      continue;
    }
    setPath(body, outcome.field.target, outcome.value);
    const field = outcome.field.column ?? outcome.field.path;
    for (const flag of outcome.flags) flags.push({ ...flag, field });
  }
  body.id = base.id;
  fillRequiredArrays(mapping.type, body);
  return { ...base, body, flags };
}

/** Lists the standard requires (identifiers, roles, addresses) start empty rather than absent. */
function fillRequiredArrays(type: RecordTypeName, body: Record<string, unknown>): void {
  for (const name of requiredArrays(type)) body[name] ??= [];
}

const requiredArrayCache = new Map<RecordTypeName, readonly string[]>();

function requiredArrays(type: RecordTypeName): readonly string[] {
  let names = requiredArrayCache.get(type);
  if (!names) {
    const schema = RECORD_SCHEMAS[type];
    const required: readonly string[] = schema.required;
    names = Object.entries<unknown>(schema.properties)
      .filter(([name, property]) => name !== 'flags' && required.includes(name) && isArraySchema(property))
      .map(([name]) => name);
    requiredArrayCache.set(type, names);
  }
  return names;
}

function isArraySchema(property: unknown): boolean {
  return typeof property === 'object' && property !== null && 'type' in property && property.type === 'array';
}
