import { basename } from 'node:path';
import { isRecordTypeName, RECORD_TYPE_NAMES, type RecordTypeName } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import type { FileFormat, Profile } from '../profiles/profile.js';
import type { ReadLimits } from '../readers/read-limits.js';
import { withCodedSecondary } from './coded-secondary.js';
import { withListedReferences } from './document-lists.js';
import { headerSimilarity } from './column-names.js';
import { precedentsOf, specColumns, type Precedent } from './precedents.js';
import type { DraftInput } from './propose-fields.js';
import { mappingOf, proposePrimary, proposeSecondary, type DraftRecord } from './propose-records.js';
import { readSample, type Sample } from './read-sample.js';
import { rowKinds } from './row-kinds.js';
import { sniffConventions } from './sniff-conventions.js';
import { sniffCrosswalks } from './sniff-crosswalks.js';
import { withKnownNameOrder } from './name-order.js';
import { withNamedRegister } from './register-from-name.js';
import { sniffCountry } from './sniff-country.js';
import { columnValues, sniffValueKind, type ValueKind } from './sniff-values.js';
import { runSample, trimFailingFields, type SampleRun } from './sample-run.js';

/** A profile proposed for a file of unknown layout, with what the drafter is unsure of. */
export interface Draft {
  profile: Profile;
  records: DraftRecord[];
  /** Columns no field reads, with what their values look like. */
  unmapped: { column: string; kind: ValueKind }[];
  /** What the draft made of the sample rows: loaded and quarantined, with reasons. */
  run: SampleRun;
  source: string;
}

export interface DraftOptions {
  /** The record type each row is about; guessed from the header when not given. */
  type?: string | undefined;
  /** The layouts the drafter learns from. */
  profiles: readonly Profile[];
  limits: ReadLimits;
  /**
   * Given names of the persons Veta already knows, as words folded for comparison: they tell
   * whether a column writes full names given names first or surnames first.
   */
  knownGivenNames?: ReadonlySet<string>;
}

/** Drafts a profile for a file: format sniffed, columns matched to the standard's fields. */
export async function draftProfile(path: string, options: DraftOptions): Promise<Draft> {
  const sample = await readSample(path, options.limits);
  const knownFormats = options.profiles.flatMap((profile) => profile.format.dateFormats ?? []);
  const conventions = sniffConventions(sample.rows, knownFormats);
  const country = sniffCountry(path, sample.header, sample.rows);
  const precedents = precedentsOf(options.profiles);
  const type = options.type ?? guessType(precedents, sample.header);
  if (!isRecordTypeName(type))
    throw new VetaError(
      'USAGE',
      `--type ${type} is not a record type of the standard; it has ${RECORD_TYPE_NAMES.join(', ')}.`,
    );
  const crosswalks = sniffCrosswalks(sample.header, sample.rows, [type, 'Party']);
  const format: FileFormat = { ...sample.format, ...conventions };
  if (format.thousandsMark === '') delete format.thousandsMark;
  const input: DraftInput = {
    header: sample.header,
    tryRecord: (mapping) => {
      const run = runSample(
        {
          id: sample.id,
          title: sample.id,
          ...(country ? { country } : {}),
          format,
          fileName: '.',
          required: [],
          crosswalks,
          records: [mapping],
        },
        sample.rows,
      );
      const unmatched = run.reasons.NO_RECORD ?? 0;
      return {
        failed: run.quarantined - unmatched,
        records: Object.values(run.records).reduce((a, b) => a + b, 0),
      };
    },
    context: { layout: sample.id, country, conventions, rows: sample.rows, crosswalks },
  };
  const primaries = proposePrimaries(type, precedents, input, sample);
  const [primary = proposePrimary(type, precedents, input, sample.id)] = primaries;
  const secondary = withCodedSecondary(proposeSecondary(precedents, input, primary), primary, input);
  const listed = primaries.map((record) => withListedReferences(record, secondary));
  const records = withKnownNameOrder(
    withNamedRegister([...listed, ...secondary], sample.id),
    sample.rows,
    options.knownGivenNames ?? new Set(),
  );
  const trimmed = trimFailingFields(
    records,
    (candidate) => assemble(sample, path, { format, country, crosswalks }, candidate),
    sample.rows,
  );
  return {
    profile: trimmed.profile,
    records: trimmed.records,
    unmapped: unmappedColumns(sample, trimmed.records, conventions),
    run: trimmed.run,
    source: path,
  };
}

// One record for the file's rows, or one per kind of row when a column's terms tell kinds apart
// (exports and internal purchases on one register), each drafted from its own rows.
function proposePrimaries(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  sample: Sample,
): DraftRecord[] {
  const kinds = rowKinds(type, sample.header, sample.rows);
  if (!kinds) return [proposePrimary(type, precedents, input, sample.id)];
  return kinds.map((kind) => {
    const own: DraftInput = { ...input, context: { ...input.context, rows: kind.rows } };
    return { ...proposePrimary(kind.type, precedents, own, sample.id, [kind.coded]), when: kind.when };
  });
}

/** What the draft found of the file as a whole: its format, country and coded columns. */
interface FileFacts {
  format: FileFormat;
  country: string | undefined;
  crosswalks: Readonly<Record<string, string>>;
}

function assemble(sample: Sample, path: string, facts: FileFacts, records: readonly DraftRecord[]): Profile {
  const { format, country } = facts;
  const [primary] = records;
  const keyColumns = primary ? specColumns(primary.id.spec) : [];
  const requiredColumns = primary
    ? primary.fields
        .filter((field) => field.spec.required === true)
        .flatMap((field) => specColumns(field.spec))
    : [];
  return {
    id: sample.id,
    title: `${sample.id} (drafted from ${basename(path)})`,
    ...(country ? { country } : {}),
    format,
    fileName: `^${sample.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    required: [...new Set([...keyColumns, ...requiredColumns])].filter((column) => !column.startsWith('$')),
    ...crosswalksRead(facts.crosswalks, records),
    records: records.map(mappingOf),
  };
}

// The crosswalks of the columns the records read, as the profile names them.
function crosswalksRead(
  crosswalks: Readonly<Record<string, string>>,
  records: readonly DraftRecord[],
): Pick<Profile, 'crosswalks'> {
  const read = new Set(
    records.flatMap((record) => [
      ...(record.when ?? []).map((condition) => condition.split('=')[0] ?? ''),
      ...record.fields.flatMap((field) => specColumns(field.spec)),
    ]),
  );
  const named = Object.entries(crosswalks).filter(([column]) => read.has(column));
  return named.length > 0 ? { crosswalks: Object.fromEntries(named) } : {};
}

/** The record type whose known layouts' columns the header resembles most. */
function guessType(precedents: readonly Precedent[], header: readonly string[]): string {
  const scores = new Map<string, number>();
  for (const precedent of precedents) {
    if (!precedent.primary) continue;
    const columns = Object.values(precedent.mapping.fields).flatMap(specColumns);
    const score = header.reduce(
      (sum, column) => sum + Math.max(0, ...columns.map((known) => headerSimilarity(known, column))),
      0,
    );
    scores.set(precedent.mapping.type, Math.max(scores.get(precedent.mapping.type) ?? 0, score));
  }
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new VetaError('USAGE', 'No known layout to learn from; give --type.');
  return best[0];
}

function unmappedColumns(
  sample: Sample,
  records: readonly DraftRecord[],
  conventions: ReturnType<typeof sniffConventions>,
): Draft['unmapped'] {
  const read = new Set(
    records.flatMap((record) => [
      ...specColumns(record.id.spec),
      ...(record.when ?? []).map((condition) => condition.split('=')[0] ?? ''),
      ...(record.each ? [record.each.column] : []),
      ...record.fields.flatMap((field) => specColumns(field.spec)),
    ]),
  );
  return sample.header
    .filter((column) => !read.has(column))
    .map((column) => ({
      column,
      kind: sniffValueKind(columnValues(sample.rows, column), conventions, column),
    }));
}
