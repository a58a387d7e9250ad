import { RECORD_SCHEMAS, validateStored, type QualityFlag, type RecordTypeName } from '@veta/standard';
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

/** What became of one row: records, or the problems that reject it (never both). */
export interface MappedRow {
  records: MappedRecord[];
  problems: RowProblem[];
}

/** Turns one raw row into standard records, validated; any problem rejects the whole row. */
export function mapRow(compiled: CompiledProfile, row: RawRow, context: RowContext): MappedRow {
  if (row.problems.length > 0) return { records: [], problems: row.problems };
  const input = rowInput(compiled.profile, row, context);
  const records: MappedRecord[] = [];
  const problems: RowProblem[] = [];
  for (const [index, mapping] of compiled.records.entries()) {
    if (!mapping.when.every((condition) => holds(condition, input))) continue;
    for (const elementInput of elements(mapping, input)) {
      const built = buildRecord(mapping, elementInput, problems, index === 0);
      if (built && isValid(built, mapping, row.rowNumber, problems)) records.push(built);
    }
  }
  if (records.length === 0 && problems.length === 0) problems.push(noRecord(row));
  return problems.length > 0 ? { records: [], problems } : { records, problems };
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

function buildRecord(
  mapping: CompiledRecord,
  input: TransformInput,
  problems: RowProblem[],
  primary: boolean,
): MappedRecord | undefined {
  const problemsBefore = problems.length;
  const id = runField(mapping.id, input, problems);
  const body: Record<string, unknown> = { recordType: mapping.type };
  if (input.country !== undefined) body.country = input.country;
  const flags: QualityFlag[] = [...(input.row.flags ?? []), ...(id?.flags ?? [])];
  for (const field of mapping.fields) {
    const result = runField(field, input, problems);
    if (!result) continue;
    setPath(body, field.target, result.value);
    for (const flag of result.flags) flags.push({ ...flag, field: field.column ?? field.path });
  }
  // A field that failed has already said why; validating the rest would only repeat it.
  if (typeof id?.value !== 'string' || problems.length > problemsBefore) return undefined;
  body.id = id.value;
  fillRequiredArrays(mapping.type, body);
  return { type: mapping.type, id: id.value, primary, body, flags };
}

function runField(
  field: CompiledField,
  input: TransformInput,
  problems: RowProblem[],
): { value: unknown; flags: readonly QualityFlag[] } | undefined {
  const result = field.mapper(input);
  const where = (): string => `Row ${input.row.rowNumber}, column ${field.column ?? field.path}`;
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
    problems.push({
      column: field.column ?? null,
      code: 'VALUE_MISSING',
      message: `${where()}: a value is required and the cell is empty.`,
    });
    return undefined;
  }
  return { value: result.value, flags: result.flags ?? [] };
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

// The provenance is stored in columns beside the body, built from the file itself: only the body
// and flags are checked per record (profiles/testing/map-fixture.ts checks every layout's records
// whole, provenance too).
function isValid(
  record: MappedRecord,
  mapping: CompiledRecord,
  rowNumber: number,
  problems: RowProblem[],
): boolean {
  const result = validateStored(record.type, record.body, record.flags);
  if (result.ok) return true;
  for (const issue of result.issues) {
    const top = issue.path.split('/')[1] ?? '';
    const field = mapping.fields.find((candidate) => candidate.path.split('.')[0]?.replace('[]', '') === top);
    const column = field?.column ?? null;
    problems.push({
      column,
      code: `INVALID_${issue.code}`,
      message: `Row ${rowNumber}${column ? `, column ${column}` : ''}: ${record.type} ${issue.path || 'record'} ${issue.message}.`,
    });
  }
  return false;
}
