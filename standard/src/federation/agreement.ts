import { readFileSync } from 'node:fs';
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { parse } from 'yaml';
import { RECORD_TYPE_NAMES } from '../records/catalogue.js';
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE } from '../version.js';
import { agreementProblems } from './agreement-checks.js';
import { AggregateClause, DataSharingAgreement, FieldsClause, SharingClause } from './agreement-schema.js';

const validator = Compile(DataSharingAgreement);
const clauseValidator = Compile(SharingClause);
const fieldsValidator = Compile(FieldsClause);
const aggregateValidator = Compile(AggregateClause);
const MAX_REPORTED = 8;
const CLAUSE_FORMS = 'full, none, pseudonymised, { fields: [...] } or { aggregate: { by, measures, date } }';

/** An agreement that cannot be used, with every mistake found, each naming where it is. */
export class AgreementError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The data-sharing agreement ${source} has mistakes: ${problems.slice(0, MAX_REPORTED).join('; ')}. Fix it and try again.`,
    );
    this.name = 'AgreementError';
  }
}

/** Reads and checks a data-sharing agreement file (YAML, or JSON, which is YAML too). */
export function loadAgreement(path: string | URL): DataSharingAgreement {
  const source = path instanceof URL ? path.pathname : path;
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AgreementError(source, [
      `it cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  return parseAgreement(document, source);
}

/**
 * Checks a parsed agreement against its schema, then what the schema cannot say: its dates and
 * nodes, and that each field a clause names exists in its record type, of the kind it needs.
 */
export function parseAgreement(document: unknown, source: string): DataSharingAgreement {
  if (!validator.Check(document)) throw new AgreementError(source, schemaProblems(document));
  const problems = agreementProblems(document);
  if (problems.length > 0) throw new AgreementError(source, problems);
  return document;
}

/** The agreement's JSON Schema (draft 2020-12) as a standalone document with `$schema` and `$id`. */
export function agreementJsonSchema(): Record<string, unknown> {
  // A JSON round trip keeps only what JSON Schema can carry (TypeBox adds symbol-keyed metadata).
  const schema = JSON.parse(JSON.stringify(DataSharingAgreement)) as Record<string, unknown>;
  return { $schema: JSON_SCHEMA_DIALECT, $id: `${SCHEMA_ID_BASE}data-sharing-agreement`, ...schema };
}

// A clause is a union of five forms: TypeBox reports why it fails every form, a dozen lines that
// hide the one mistake. A clause is checked on its own instead, against the form it looks like.
function schemaProblems(document: unknown): string[] {
  const clauses = clauseEntries(document);
  const problems = [...validator.Errors(document)].flatMap((error) => {
    if (clauses.some(([type]) => isWithin(error.instancePath, `/records/${type}`))) return [];
    const message = describe(error);
    return message === undefined ? [] : [`${error.instancePath || '/'} ${message}`];
  });
  for (const [type, clause] of clauses) problems.push(...clauseProblems(`/records/${type}`, clause));
  return problems.length > 0 ? problems : ['it does not match the agreement schema'];
}

function clauseProblems(at: string, clause: unknown): string[] {
  if (clauseValidator.Check(clause)) return [];
  if (typeof clause === 'string') return [`${at} "${clause}" is not a clause: write ${CLAUSE_FORMS}`];
  if (typeof clause !== 'object' || clause === null || Array.isArray(clause))
    return [`${at} is not a clause: write ${CLAUSE_FORMS}`];
  const keys = Object.keys(clause);
  const form = keys.length === 1 ? keys[0] : undefined;
  const formValidator =
    form === 'fields' ? fieldsValidator : form === 'aggregate' ? aggregateValidator : undefined;
  if (formValidator === undefined) return [`${at} ${unknownForm(keys)}: write ${CLAUSE_FORMS}`];
  return [...formValidator.Errors(clause)].flatMap((error) => {
    const message = describe(error);
    return message === undefined ? [] : [`${at}${error.instancePath} ${message}`];
  });
}

function unknownForm(keys: readonly string[]): string {
  if (keys.length === 0) return 'has no clause';
  if (keys.every((key) => key === 'fields' || key === 'aggregate'))
    return `names two clause forms, ${keys.join(' and ')}, where one is needed`;
  return `has unknown clause form ${keys.join(', ')}`;
}

/** The record types an agreement document lists with a clause that is not valid, with the clause. */
function clauseEntries(document: unknown): [string, unknown][] {
  if (typeof document !== 'object' || document === null) return [];
  const records: unknown = Reflect.get(document, 'records');
  if (typeof records !== 'object' || records === null || Array.isArray(records)) return [];
  return Object.entries(records).filter(([, clause]) => !clauseValidator.Check(clause));
}

function isWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

// TypeBox reports an unknown field twice ("schema is false" on the field, then on its parent)
// without naming it; one sentence naming the field helps whoever edits the YAML.
function describe(error: TLocalizedValidationError): string | undefined {
  if (error.keyword === 'boolean') return undefined;
  if (error.keyword === 'additionalProperties') {
    const unknown = error.params.additionalProperties.join(', ');
    return error.instancePath === '/records'
      ? `has unknown record type ${unknown}: name one of ${RECORD_TYPE_NAMES.join(', ')}`
      : `has unknown field ${unknown}`;
  }
  if (error.keyword === 'enum') return `must be one of ${error.params.allowedValues.map(String).join(', ')}`;
  if (error.keyword === 'format' && error.params.format === 'date')
    return 'must be a day that exists, written yyyy-mm-dd';
  return error.message;
}
