import { validateStored, type RecordTypeName } from '@veta/standard';
import { parsePath, setPath } from '../mapping/record-builder.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import type { RawRow } from '../readers/raw-row.js';
import type { FieldSpec } from '../profiles/profile.js';
import { bindField } from '../mapping/registry.js';
import { rowInput, type TransformInput } from '../mapping/transform.js';
import { optionalColumns, specColumns } from './precedents.js';
import type { Conventions } from './sniff-conventions.js';

/** What the draft so far knows of the file, for running candidate fields on its sample. */
export interface SampleContext {
  layout: string;
  country: string | undefined;
  conventions: Conventions;
  rows: readonly RawRow[];
  /** The crosswalk each coded column is read through (see sniff-crosswalks.ts). */
  crosswalks?: Readonly<Record<string, string>>;
}

/** A field may reject at most this share of the sample rows it reads (the file's own bad rows). */
const MAX_FAILED_SHARE = 0.25;

/**
 * Whether `failed` of `tried` rows may be the file's own bad rows rather than a wrong field: a
 * quarter of them, or one in a small sample, so long as fewer than half fail.
 */
export function tolerable(failed: number, tried: number): boolean {
  return failed <= Math.max(1, MAX_FAILED_SHARE * tried) && failed < tried / 2;
}

/** A field that read some value and rejected few rows. */
export function usable(trial: FieldTrial): boolean {
  return trial.tried > 0 && tolerable(trial.failed, trial.tried);
}

/** How a candidate field fared on the sample rows that have a value in its columns. */
export interface FieldTrial {
  /** Rows with a value in every column the field reads. */
  tried: number;
  /** Of those, rows the field turned into a value with no flag but notes. */
  clean: number;
  /** Rows it rejected, with the first problem's message. */
  failed: number;
  firstFailure: string | undefined;
  /** Distinct values made, as JSON, up to the sample's size. */
  distinct: number;
}

/** Where a tried field's value goes, so that it is checked against the standard there too. */
export interface FieldTarget {
  type: RecordTypeName;
  path: string;
}

/**
 * Runs a field spec on the sample, as ingestion would, and counts what it made of each row; with
 * a target, a value the standard refuses at that path (a code outside its list) fails the row.
 */
export function tryField(
  spec: FieldSpec,
  context: SampleContext,
  target?: FieldTarget,
): FieldTrial | undefined {
  const bound = bindField(spec);
  if ('errors' in bound) return undefined;
  const optional = optionalColumns(spec);
  const columns = specColumns(spec).filter((column) => !optional.includes(column));
  const trial: FieldTrial = { tried: 0, clean: 0, failed: 0, firstFailure: undefined, distinct: 0 };
  const values = new Set<string>();
  for (const row of context.rows) {
    if (row.problems.length > 0) continue;
    const empty = columns.some((column) => (row.values[column] ?? '').trim() === '');
    // An empty cell is no test of a transform, but it fails a field the spec requires.
    if (empty && spec.required !== true) continue;
    trial.tried++;
    if (empty) {
      trial.failed++;
      trial.firstFailure ??= `Row ${row.rowNumber}: the field is required and ${columns.join(', ')} is empty`;
      continue;
    }
    const result = bound.mapper(inputFor(row, context));
    if (!result.ok) {
      trial.failed++;
      trial.firstFailure ??= result.problem.message;
      continue;
    }
    if (result.value === undefined) continue;
    const refused = target && refusal(target, result.value);
    if (refused !== undefined) {
      trial.failed++;
      trial.firstFailure ??= refused;
      continue;
    }
    values.add(JSON.stringify(result.value));
    // A note (a NIT written without its DV) says nothing against the value; a warning does.
    if ((result.flags ?? []).every((flag) => flag.severity === 'INFO')) trial.clean++;
  }
  trial.distinct = values.size;
  return trial;
}

/** The share of tried rows made into clean values; 0 when the field found nothing to read. */
export function cleanShare(trial: FieldTrial): number {
  return trial.tried === 0 ? 0 : trial.clean / trial.tried;
}

// The standard's complaint about the value at its path, other fields' absence aside: a sibling
// another field fills (adminArea.country beside adminArea.region) is no fault of this one.
function refusal(target: FieldTarget, value: unknown): string | undefined {
  const body: Record<string, unknown> = { recordType: target.type };
  setPath(body, parsePath(target.path), value);
  const at = `/${target.path.replace(/\[\]/g, '/0').split('.').join('/')}`;
  const result = validateStored(target.type, body, []);
  const issue = result.ok
    ? undefined
    : result.issues.find((candidate) => candidate.path === at || candidate.path.startsWith(`${at}/`));
  return issue && `${target.type} ${issue.path} ${issue.message}`;
}

// The draft's conventions stand for the profile's format: the transforms read no more of it.
function inputFor(row: RawRow, context: SampleContext): TransformInput {
  const layout = {
    id: context.layout,
    country: context.country,
    format: context.conventions,
    crosswalks: { ...context.crosswalks },
  };
  return rowInput(layout, row, {
    today: new Date().toISOString().slice(0, 10),
    file: `${context.layout} sample`,
    limits: DEFAULT_READ_LIMITS,
  });
}
