import type { RecordTypeName } from '@veta/standard';
import type { FieldSpec, RecordMapping } from '../profiles/profile.js';
import { adaptSpec } from './adapt-spec.js';
import { borrowColumns } from './borrow-columns.js';
import { bestColumn, headerConcepts, headerSimilarity, headerWords } from './column-names.js';
import { otherMass } from './mass-headers.js';
import { inHectares } from './area-units.js';
import { withSchemeColumn } from './scheme-columns.js';
import { fitsType, remapSpec, specColumns, type Precedent } from './precedents.js';
import { specVariants } from './spec-variants.js';
import { codeOrName } from './code-or-name.js';
import { documentFromNames } from './identifier-values.js';
import { columnValues, sniffValueKind } from './sniff-values.js';
import {
  cleanShare,
  tryField,
  usable,
  type FieldTarget,
  type FieldTrial,
  type SampleContext,
} from './try-field.js';

/** A field of the draft, with why it may be wrong when it may be. */
export interface DraftField {
  path: string;
  spec: FieldSpec;
  /** The layouts whose same field this one follows. */
  from: string[];
  /** Set when the field needs a person's look: a weak name match, failed values, a guessed constant. */
  doubt: string | undefined;
}

/** Headers this alike or more may stand for the same thing; below, they are not even candidates. */
export const MIN_NAME_MATCH = 0.3;
const OTHER_TYPE_WEIGHT = 0.9;

/** A header this alike is taken without a doubt being noted. */
const SURE_NAME_MATCH = 0.9;
interface Candidate {
  path: string;
  spec: FieldSpec;
  name: number;
  from: string[];
  trial: FieldTrial;
  /** A layout of the file's own country reads the column so: its agencies name things alike. */
  sameCountry: boolean;
}

/** What the drafter needs of the new file and of the layouts it learns from. */
export interface DraftInput {
  header: readonly string[];
  /** Maps the sample with one record mapping alone: the rows it quarantines and the records it makes. */
  tryRecord(mapping: RecordMapping): { failed: number; records: number };
  context: SampleContext;
}

/**
 * A precedent's spec read from `column` of the new file: its other columns (a DV, a scheme column)
 * taken from the new file's most alike ones, its unit and currency from the header.
 */
export function fitSpec(
  spec: FieldSpec,
  main: string,
  column: string,
  input: DraftInput,
): FieldSpec | undefined {
  const remapped = remapSpec(spec, (name) =>
    name === main ? column : bestColumn(name, input.header, MIN_NAME_MATCH),
  );
  if (!remapped || datesForOther(spec, main, column, input)) return undefined;
  if (otherMass(headerWords(main), headerWords(column))) return undefined;
  if (documentFromNames(remapped, columnValues(input.context.rows, column))) return undefined;
  // A count of a national unit of area (cuadrículas) is read as the hectares it stands for.
  const counted = inHectares(adaptSpec(remapped, column, input.context), main, column, input.context.country);
  return counted && withSchemeColumn(counted, column, input.header, input.context.rows);
}

// Transforms that read a name, a number or a code: never a date, whatever the header shares. A
// key's template is left to the checks a key passes (its values must tell the rows apart).
const NOT_DATES: ReadonlySet<string> = new Set(['text', 'identifier']);

/**
 * Whether the new column holds dates where the precedent's, by its header, held something else:
 * FECHA_INSCRIPCION is alike to MATRICULA by its registration word, but a registration number
 * is no date.
 */
function datesForOther(spec: FieldSpec, main: string, column: string, input: DraftInput): boolean {
  if (!NOT_DATES.has(spec.use) || headerConcepts(main).includes('date')) return false;
  const values = columnValues(input.context.rows, column);
  return values.length > 0 && sniffValueKind(values, input.context.conventions, column) === 'date';
}

/**
 * The fields of a record type the new file can fill, learnt from the precedents of that type: for
 * each field path, every known spec read from each alike column of the new file is run on the
 * sample, and the best named one that reads the values is kept. `usedPaths` are left alone.
 */
export function proposeFields(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
): DraftField[] {
  const byKey = new Map<string, Candidate>();
  for (const precedent of precedents) {
    // Another record type's field of the same name (a declaration's fineness for a purchase's)
    // is a weaker precedent than the type's own, unless it is of the file's country: its agencies
    // name things alike (an Ecuadorian PROVINCIA is a region, a Peruvian one a subregion).
    const sameCountry = precedent.country !== undefined && precedent.country === input.context.country;
    const weight = precedent.mapping.type === type || sameCountry ? 1 : OTHER_TYPE_WEIGHT;
    for (const [path, spec] of Object.entries(precedent.mapping.fields)) {
      // A national file's records take the country of its agency, not of a column.
      if (path === 'country' && input.context.country !== undefined) continue;
      const main = spec.column ?? specColumns(spec)[0];
      if (spec.use === 'const' || main === undefined || main.startsWith('$')) continue;
      if (!fitsType(precedent, type, path)) continue;
      for (const column of input.header) {
        const name = weight * headerSimilarity(main, column);
        if (name < MIN_NAME_MATCH) continue;
        const fitted = fitSpec(spec, main, column, input);
        if (!fitted) continue;
        const target =
          fitted.use === 'text' ? codeOrName(type, path, columnValues(input.context.rows, column)) : path;
        const key = `${target} ${JSON.stringify(fitted)}`;
        const known = byKey.get(key);
        if (known) {
          known.name = Math.max(known.name, name);
          known.sameCountry ||= sameCountry;
          if (!known.from.includes(precedent.layout)) known.from.push(precedent.layout);
          continue;
        }
        const found = trialled(fitted, input, { type, path: target });
        if (found)
          byKey.set(key, {
            path: target,
            spec: found.spec,
            name,
            from: [precedent.layout],
            trial: found.trial,
            sameCountry,
          });
      }
    }
  }
  // Best first: each path takes its best candidate, and a column already taken by a better match
  // fills another path only when its name says so plainly (one column may well fill two fields).
  const ranked = [...byKey.values()]
    .filter((candidate) => usable(candidate.trial))
    .sort((a, b) => rank(b) - rank(a));
  // A column never fills two parts of one object, though: a region and its subregion are two levels.
  const best = new Map<string, Candidate>();
  const taken = new Map<string, string[]>();
  for (const candidate of ranked) {
    const column = mainColumn(candidate.spec);
    const paths = taken.get(column) ?? [];
    if (
      best.has(candidate.path) ||
      (paths.length > 0 && candidate.name < SURE_NAME_MATCH) ||
      paths.some((other) => sameObject(other, candidate.path))
    )
      continue;
    best.set(candidate.path, candidate);
    taken.set(column, [...paths, candidate.path]);
  }
  return [...best.values()].map((candidate) => ({
    path: candidate.path,
    spec: borrowColumns(candidate.spec, candidate.path, type, precedents, input),
    from: candidate.from,
    doubt: doubtOf(candidate),
  }));
}

/**
 * The spec and how it fared on the sample; when it fails there, the best of its variants that
 * does not (another period format, another scale), as the precedent's choice was its file's.
 */
function trialled(
  spec: FieldSpec,
  input: DraftInput,
  target: FieldTarget,
): { spec: FieldSpec; trial: FieldTrial } | undefined {
  const trial = tryField(spec, input.context, target);
  if (!trial || usable(trial)) return trial && { spec, trial };
  let best: { spec: FieldSpec; trial: FieldTrial } | undefined;
  const optional: FieldSpec = { ...spec };
  delete optional.required;
  for (const variant of [optional, ...specVariants(spec)]) {
    const tried = tryField(variant, input.context, target);
    if (tried && usable(tried) && cleanShare(tried) > (best ? cleanShare(best.trial) : -1))
      best = { spec: variant, trial: tried };
  }
  return best ?? { spec, trial };
}

// adminArea.region and adminArea.subregion are parts of one object; name and personName are not.
function sameObject(a: string, b: string): boolean {
  const parent = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('.')));
  return parent(a) !== '' && parent(a) === parent(b);
}

function mainColumn(spec: FieldSpec): string {
  return spec.column ?? specColumns(spec)[0] ?? '';
}

// Name first, then how cleanly the values read, then the file's country, then how many layouts agree.
function rank(candidate: Candidate): number {
  return (
    candidate.name * (0.5 + 0.5 * cleanShare(candidate.trial)) +
    (candidate.sameCountry ? 0.01 : 0) +
    0.001 * candidate.from.length
  );
}

function doubtOf(candidate: Candidate): string | undefined {
  const doubts: string[] = [];
  const column = mainColumn(candidate.spec);
  if (candidate.name < SURE_NAME_MATCH)
    doubts.push(`${column} only resembles the columns of ${candidate.from.join(', ')} that fill it`);
  const { trial } = candidate;
  if (trial.failed > 0)
    doubts.push(`${trial.failed} of ${trial.tried} sample values failed (${trial.firstFailure ?? ''})`);
  else if (trial.clean < trial.tried)
    doubts.push(`${trial.tried - trial.clean} of ${trial.tried} sample values were flagged`);
  return doubts.length > 0 ? doubts.join('; ') : undefined;
}
