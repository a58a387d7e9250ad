import { isRecordTypeName, type RecordTypeName } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import { headerSimilarity } from './column-names.js';
import type { DraftRecord } from './draft-record.js';
import { documentListRecords } from './document-lists.js';
import { followRecord, makesRecords, type Followed } from './follow-record.js';
import { specColumns, type Precedent, type SpecParams } from './precedents.js';
import { fillRequired } from './fill-required.js';
import type { CodedColumn } from './coded-columns.js';
import { withCodedFields } from './propose-coded.js';
import { proposeFromSchema } from './propose-from-schema.js';
import { proposeSameCountry } from './propose-same-country.js';
import { proposeConsts } from './propose-consts.js';
import {
  fitSpec,
  MIN_NAME_MATCH,
  proposeFields,
  type DraftField,
  type DraftInput,
} from './propose-fields.js';
import { tryField, usable } from './try-field.js';

export { mappingOf, type DraftRecord } from './draft-record.js';

/** A lent field replaces the best record's own only when its columns are named this alike to its layout's. */
const SURE_MATCH = 0.9;
/** Or, over a field of the best's that reads columns too, this alike and more so. */
const HALF_MATCH = 0.5;
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
  const learnt = [...named, ...fillRequired(type, precedents, input, named)];
  const fields = [...learnt, ...proposeFromSchema(type, precedents, input, learnt)];
  const consts = proposeConsts(
    type,
    precedents,
    input.context.country,
    new Set(fields.map((field) => field.path)),
    fields,
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
    const followed = followRecord(precedent, precedents, input);
    if (!followed || keyOf(followed.record) === keyOf(primary)) continue;
    byKey.set(keyOf(followed.record), [...(byKey.get(keyOf(followed.record)) ?? []), followed]);
  }
  const followed = [...byKey.values()].flatMap((followers) => {
    // Lent first by those that made a whole record about a party the file names, then by how
    // alike their key columns are.
    const ranked = followers.sort(
      (a, b) =>
        a.missing.length - b.missing.length ||
        Number(b.namesParty) - Number(a.namesParty) ||
        b.likeness - a.likeness,
    );
    const lent = (by: Followed): DraftField[] =>
      ranked.filter((other) => other !== by).flatMap((other) => other.record.fields);
    // The record is the best one about a party the file names whose missing fields others lend.
    const best = ranked.find(
      (candidate) =>
        candidate.namesParty &&
        candidate.missing.every((path) => lent(candidate).some((field) => field.path === path)),
    );
    if (!best) return [];
    // The best's fields, and the others' it lacks; one of another's replaces the best's where it
    // reads columns plainly the same as its layout's and the best's do not (a name assembled from
    // NOMBRES and APELLIDO_PATERNO where those are the file's columns).
    let fields = best.record.fields.map((field) => ({
      field,
      alike: best.alike[field.path] ?? 0,
      parts: partsColumns(best.record.fields, field.path),
    }));
    const offered = ranked
      .filter((other) => other !== best)
      .flatMap((other) =>
        other.record.fields.map((field) => ({
          field,
          alike: other.alike[field.path] ?? 0,
          parts: partsColumns(other.record.fields, field.path),
        })),
      )
      .sort((a, b) => b.alike - a.alike);
    for (const lent of offered) {
      const clashes = fields.filter((known) => overlapping(known.field.path, lent.field.path));
      if (clashes.length === 0) fields.push(lent);
      else if (
        clashes.every((known) => wholeOf(lent.field, known.parts)) ||
        clashes.every(
          (known) =>
            known.alike < lent.alike &&
            !wholeOf(known.field, lent.parts) &&
            (lent.alike >= SURE_MATCH || (known.alike > 0 && lent.alike >= HALF_MATCH)),
        )
      )
        fields = [...fields.filter((known) => !clashes.includes(known)), lent];
    }
    const chosen = fields.map(({ field }) => field);
    // What the record's precedents leave of an area's parts, the country's other layouts may read.
    const { type } = best.record;
    const local = isRecordTypeName(type) ? proposeSameCountry(type, precedents, input, chosen) : [];
    const record = { ...best.record, fields: [...chosen, ...local] };
    return best.missing.length === 0 || makesRecords(record, input) ? [record] : [];
  });
  // Parties listed in one cell, which no precedent may follow to yet, are read from the values.
  const listed = new Set([
    ...specColumns(primary.id.spec),
    ...followed.flatMap((record) => (record.each ? [record.each.column] : [])),
  ]);
  return [...followed, ...documentListRecords(input, listed, partyConstants(precedents, primary.type))];
}

/**
 * The constants every known layout of the row's record type sets on the parties it makes beside
 * it, when they agree (the holders of a mining right are miners).
 */
function partyConstants(precedents: readonly Precedent[], type: string): DraftField[] {
  const layouts = new Set(
    precedents
      .filter((precedent) => precedent.primary && precedent.mapping.type === type)
      .map((p) => p.layout),
  );
  const parties = precedents.filter(
    (precedent) => !precedent.primary && precedent.mapping.type === 'Party' && layouts.has(precedent.layout),
  );
  const [first, ...rest] = parties;
  if (!first) return [];
  return Object.entries(first.mapping.fields).flatMap(([path, spec]) => {
    const same = (other: Precedent): boolean =>
      JSON.stringify(other.mapping.fields[path]) === JSON.stringify(spec);
    return spec.use === 'const' && rest.every(same)
      ? [{ path, spec, from: parties.map((party) => party.layout), doubt: undefined }]
      : [];
  });
}

// The columns the parts of a value read (personName.givenNames and its siblings), when `path` is one.
function partsColumns(fields: readonly DraftField[], path: string): string[] {
  if (!path.includes('.')) return [];
  const top = path.split('.')[0] ?? '';
  return fields
    .filter((field) => field.path.startsWith(`${top}.`))
    .flatMap((field) => specColumns(field.spec));
}

// A whole value read from every column its parts would be read from (a full name read as a
// person's name) is no worse read than the parts: given names read from NOMBRE_COMPLETO are not.
function wholeOf(whole: DraftField, parts: readonly string[]): boolean {
  const columns = specColumns(whole.spec);
  return parts.length > 0 && parts.every((column) => columns.includes(column));
}

// personName and personName.givenNames would write one value twice.
function overlapping(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

// Records of one type read from one key column are one party, whatever scheme column they add.
function keyOf(record: DraftRecord): string {
  const { spec } = record.id;
  return `${record.type} ${spec.use === 'template' ? specColumns(spec).join(' ') : (spec.column ?? '')}`;
}

function templateSpec(template: string): SpecParams {
  return { use: 'template', template };
}
