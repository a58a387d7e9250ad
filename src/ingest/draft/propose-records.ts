import type { RecordTypeName } from '@veta/standard';
import type { FieldSpec, RecordMapping } from '../profiles/profile.js';
import { bestColumn, headerSimilarity } from './column-names.js';
import { specColumns, type Precedent, type SpecParams } from './precedents.js';
import { fillRequired } from './fill-required.js';
import type { CodedColumn } from './coded-columns.js';
import { withCodedFields } from './propose-coded.js';
import { constSpec, proposeConsts } from './propose-consts.js';
import {
  fitSpec,
  MIN_NAME_MATCH,
  proposeFields,
  type DraftField,
  type DraftInput,
} from './propose-fields.js';
import { tolerable, tryField, usable } from './try-field.js';

/** A record mapping of the draft, each part with its doubts. */
export interface DraftRecord {
  type: string;
  id: DraftField;
  when?: string[];
  each?: RecordMapping['each'];
  fields: DraftField[];
}

/** A secondary record (a seller, a holder) is followed only when its key columns are this alike. */
const SECONDARY_MATCH = MIN_NAME_MATCH;
/** The record's key must tell this share of the sample rows apart. */
const DISTINCT_KEYS = 0.9;

/** The record each row is about: its key, the fields learnt from the type's precedents and their constants. */
export function proposePrimary(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  layout: string,
  shown: readonly CodedColumn[] = [],
): DraftRecord {
  const ofType = precedents.filter((precedent) => precedent.mapping.type === type);
  const named = proposeFields(type, precedents, input);
  const fields = [...named, ...fillRequired(type, precedents, input, named)];
  const consts = proposeConsts(
    type,
    precedents,
    input.context.country,
    new Set(fields.map((field) => field.path)),
  );
  return {
    type,
    id: proposeId(ofType, input, layout),
    fields: withCodedFields(type, input, [...fields, ...consts], { shown, precedents }),
  };
}

function proposeId(ofType: readonly Precedent[], input: DraftInput, layout: string): DraftField {
  let best: { field: DraftField; score: number } | undefined;
  for (const precedent of ofType) {
    const spec = precedent.mapping.id;
    const main = spec.column ?? specColumns(spec)[0];
    if (main === undefined) continue;
    for (const column of input.header) {
      const name = headerSimilarity(main, column);
      if (name < MIN_NAME_MATCH || name <= (best?.score ?? 0)) continue;
      const fitted = fitSpec(spec, main, column, input);
      const trial = fitted && tryField(fitted, input.context);
      if (
        !fitted ||
        !trial ||
        !usable(trial) ||
        trial.distinct < DISTINCT_KEYS * (trial.tried - trial.failed) ||
        keyedRows(fitted, input) < DISTINCT_KEYS * input.context.rows.length
      )
        continue;
      best = {
        score: name,
        field: {
          path: 'id',
          spec: fitted,
          from: [precedent.layout],
          doubt: name < 0.9 ? `the key follows ${precedent.layout}'s, from a column only alike` : undefined,
        },
      };
    }
  }
  return best?.field ?? distinctColumnsKey(input, layout);
}

// A row without its key is quarantined: a key read from a column often empty (a mining right
// only title holders have) would lose the other rows.
function keyedRows(spec: FieldSpec, input: DraftInput): number {
  const columns = specColumns(spec);
  return input.context.rows.filter((row) =>
    columns.every((column) => (row.values[column] ?? '').trim() !== ''),
  ).length;
}

// No known key fits: the fewest columns whose values tell the sample rows apart, under the layout's id.
function distinctColumnsKey(input: DraftInput, layout: string): DraftField {
  const rows = input.context.rows;
  const distinct = (columns: readonly string[]): number =>
    new Set(rows.map((row) => columns.map((column) => row.values[column] ?? '').join('\u0000'))).size;
  const chosen: string[] = [];
  const remaining = [...input.header];
  while (remaining.length > 0 && distinct(chosen) < rows.length && chosen.length < 3) {
    remaining.sort((a, b) => distinct([...chosen, b]) - distinct([...chosen, a]));
    const next = remaining.shift();
    if (next !== undefined) chosen.push(next);
  }
  return {
    path: 'id',
    spec: templateSpec(`${layout}:${chosen.map((column) => `{${column}}`).join(':')}`),
    from: [],
    doubt: `no known layout's key fits; ${chosen.join(' + ')} tell the sample rows apart`,
  };
}

/**
 * The other records the precedents make from one row (a purchase's seller, a right's holder),
 * where the new file has columns alike enough to every column their key and conditions read.
 */
export function proposeSecondary(
  precedents: readonly Precedent[],
  input: DraftInput,
  primary: DraftRecord,
): DraftRecord[] {
  // One record per type and key: the precedent whose columns are most alike to those it reads,
  // with the fields it lacks taken from the others that follow to the same key (one layout's
  // owner has a nationality, another's a birth date).
  const byKey = new Map<string, Followed[]>();
  for (const precedent of precedents) {
    if (precedent.primary) continue;
    const followed = followRecord(precedent, input);
    if (!followed || keyOf(followed.record) === keyOf(primary)) continue;
    byKey.set(keyOf(followed.record), [...(byKey.get(keyOf(followed.record)) ?? []), followed]);
  }
  return [...byKey.values()].flatMap((followers) => {
    const [best, ...others] = followers.sort(
      (a, b) => Number(b.complete) - Number(a.complete) || b.likeness - a.likeness,
    );
    if (!best?.complete) return [];
    const fields = [...best.record.fields];
    for (const other of others)
      for (const field of other.record.fields)
        if (!fields.some((known) => known.path === field.path)) fields.push(field);
    return [{ ...best.record, fields }];
  });
}

function keyOf(record: DraftRecord): string {
  return `${record.type} ${specColumns(record.id.spec).join(' ')}`;
}

/**
 * A precedent's record as the new file can make it; one that misses a required field (a name
 * assembled from columns the file lacks) is not complete, and lends its other fields only.
 */
interface Followed {
  record: DraftRecord;
  likeness: number;
  complete: boolean;
}

function followRecord(precedent: Precedent, input: DraftInput): Followed | undefined {
  const { mapping } = precedent;
  // How alike the columns the record's key and conditions read are to the precedent's, and which
  // they are: two of the precedent's columns read from one of the file's is no following.
  let likeness = 0;
  const keyColumns = new Map<string, string>();
  const resolve = (column: string): string | undefined => {
    if (column.startsWith('$')) return column;
    const found = bestColumn(column, input.header, SECONDARY_MATCH);
    if (found === undefined) return undefined;
    if (!keyColumns.has(column)) likeness += headerSimilarity(column, found);
    keyColumns.set(column, found);
    return found;
  };
  const when = mapping.when?.map((condition) => {
    const [column = '', value] = condition.split('=', 2);
    const found = resolve(column);
    return found === undefined ? undefined : value === undefined ? found : `${found}=${value}`;
  });
  if (when?.some((condition) => condition === undefined)) return undefined;
  const eachColumn = mapping.each && resolve(mapping.each.column);
  if (mapping.each && eachColumn === undefined) return undefined;
  const id = followField('id', mapping.id, precedent, input, resolve);
  if (!id || new Set(keyColumns.values()).size < keyColumns.size) return undefined;
  const keyLikeness = likeness;
  const fields: DraftField[] = [];
  let complete = true;
  for (const [path, spec] of Object.entries(mapping.fields)) {
    const field = followField(path, spec, precedent, input, resolve);
    if (field) fields.push(field);
    else if (spec.required === true) complete = false;
  }
  const record: DraftRecord = {
    type: mapping.type,
    id,
    ...(when ? { when: when.filter((condition) => condition !== undefined) } : {}),
    ...(mapping.each && eachColumn ? { each: { ...mapping.each, column: eachColumn } } : {}),
    fields,
  };
  // Its fields each read their columns; together, on the rows it applies to, it must make records.
  if (!complete) return { record, likeness: keyLikeness, complete };
  const run = input.tryRecord(mappingOf(record));
  return run.records > 0 && tolerable(run.failed, input.context.rows.length)
    ? { record, likeness: keyLikeness, complete }
    : undefined;
}

/** The record mapping a draft record stands for. */
export function mappingOf(record: DraftRecord): RecordMapping {
  return {
    type: record.type,
    id: record.id.spec,
    ...(record.when ? { when: record.when } : {}),
    ...(record.each ? { each: record.each } : {}),
    fields: Object.fromEntries(record.fields.map((field) => [field.path, field.spec])),
  };
}

function followField(
  path: string,
  spec: FieldSpec,
  precedent: Precedent,
  input: DraftInput,
  resolve: (column: string) => string | undefined,
): DraftField | undefined {
  if (spec.use === 'const') {
    const { value }: SpecParams = spec;
    const meant = value === precedent.country ? input.context.country : value;
    return meant === undefined
      ? undefined
      : { path, spec: constSpec(meant), from: [precedent.layout], doubt: undefined };
  }
  const main = spec.column ?? specColumns(spec)[0];
  const column = main === undefined ? undefined : resolve(main);
  if (main === undefined || column === undefined) return undefined;
  const fitted = fitSpec(spec, main, column, input);
  if (!fitted) return undefined;
  const trial = tryField(fitted, input.context);
  if (trial && trial.tried > 0 && !usable(trial)) return undefined;
  const alike = headerSimilarity(main, column);
  return {
    path,
    spec: fitted,
    from: [precedent.layout],
    doubt: alike < 0.9 ? `follows ${precedent.layout}'s ${main}, which ${column} only resembles` : undefined,
  };
}

function templateSpec(template: string): SpecParams {
  return { use: 'template', template };
}
