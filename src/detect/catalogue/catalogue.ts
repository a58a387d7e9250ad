import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { parse } from 'yaml';
import { VetaError } from '../../core/veta-error.js';
import { Catalogue, type Typology } from './catalogue-schema.js';
import { catalogueProblems } from './check-catalogue.js';

export type {
  Bilingual,
  Catalogue,
  Pillar,
  SeverityRule,
  Threshold,
  ThresholdUnit,
  Typology,
} from './catalogue-schema.js';

/** The catalogue shipped with Veta, kept as data beside the code (read from src/, not copied to dist/). */
export const CATALOGUE_PATH = fileURLToPath(
  new URL('../../../src/detect/catalogue/typologies.yaml', import.meta.url),
);

const validator = Compile(Catalogue);
const MAX_REPORTED = 8;

/** Reads and checks a catalogue file (the built-in one by default); a mistake stops the load. */
export function loadCatalogue(path: string = CATALOGUE_PATH): Catalogue {
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new VetaError(
      'CATALOGUE_INVALID',
      `The typology catalogue ${path} cannot be read as YAML (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
  return parseCatalogue(document, path);
}

/** Checks a parsed catalogue document against the schema and the catalogue's own rules. */
export function parseCatalogue(document: unknown, source: string): Catalogue {
  if (!validator.Check(document)) {
    const errors = validator
      .Errors(document)
      .flatMap((error) => {
        const message = describe(error);
        return message === undefined ? [] : [`${entryOf(document, error.instancePath)} ${message}`];
      })
      .slice(0, MAX_REPORTED);
    throw invalid(source, errors);
  }
  const problems = catalogueProblems(document);
  if (problems.length > 0) throw invalid(source, problems.slice(0, MAX_REPORTED));
  return deepFreeze(document);
}

// TypeBox reports an unknown field twice ("schema is false" on the field, then on its parent) and an
// enum without its values; one sentence with the names helps more.
function describe(error: TLocalizedValidationError): string | undefined {
  switch (error.keyword) {
    case 'boolean':
      return undefined;
    case 'additionalProperties':
      return `has unknown field ${error.params.additionalProperties.join(', ')}`;
    case 'enum':
      return `must be one of ${error.params.allowedValues.map(String).join(', ')}`;
    default:
      return error.message;
  }
}

function invalid(source: string, problems: readonly string[]): VetaError {
  return new VetaError(
    'CATALOGUE_INVALID',
    `The typology catalogue ${source} has mistakes: ${problems.join('; ')}. Fix the file and run again.`,
  );
}

// "/typologies/3/thresholds/relativeGap/value" reads better as "typology MIRROR_TRADE_GAP
// /thresholds/relativeGap/value": whoever fixes the YAML searches for the code, not an index.
function entryOf(document: unknown, instancePath: string): string {
  const match = /^\/(typologies|pillars)\/(\d+)(.*)$/.exec(instancePath);
  if (!match) return instancePath || '/';
  const [, list = '', index = '', rest = ''] = match;
  const code = codeAt(document, list, Number(index));
  const entry = list === 'typologies' ? 'typology' : 'pillar';
  return `${code ? `${entry} ${code}` : `${list}[${index}]`}${rest ? ` ${rest}` : ''}:`;
}

function codeAt(document: unknown, list: string, index: number): string | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const entries: unknown = (document as Record<string, unknown>)[list];
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[index];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const code: unknown = (entry as Record<string, unknown>).code;
  return typeof code === 'string' ? code : undefined;
}

// The built-in catalogue is loaded once and shared, so it is frozen: no caller can change another's.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

let builtin: Catalogue | undefined;

/** The built-in catalogue, read on first use. */
export function builtinCatalogue(): Catalogue {
  builtin ??= loadCatalogue();
  return builtin;
}

/** The typology with this code, from the given catalogue or the built-in one. */
export function typology(code: string, catalogue: Catalogue = builtinCatalogue()): Typology {
  const found = catalogue.typologies.find((candidate) => candidate.code === code);
  if (!found)
    throw new VetaError(
      'CATALOGUE_INVALID',
      `No typology "${code}" in the catalogue; known codes: ${catalogue.typologies.map((t) => t.code).join(', ')}.`,
    );
  return found;
}
