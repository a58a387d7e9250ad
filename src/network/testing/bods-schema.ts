import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { dataDirectory } from '@veta/standard';

/** The official BODS 0.4 schema and examples, as copied into the standard's data. */
export const BODS_DIR = dataDirectory('standards/bods-0.4/');

/** One statement the official schema rejects, with why. */
export interface BodsFailure {
  index: number;
  recordType: unknown;
  errors: string[];
}

// The schema annotates fields with its own keywords (codelist, openCodelist, propertyOrder, version):
// they are declared as annotations so that strict mode still catches real mistakes in the schema.
const ANNOTATIONS = ['codelist', 'openCodelist', 'propertyOrder', 'version'];

// BODS names its schemas `urn:statement`, `urn:components`...: URNs without a namespace-specific
// part, which ajv's URI library (fast-uri) cannot serialise. Each $id and $ref is given a namespace
// as it is read (urn:bods:statement); the schema is otherwise used exactly as published.
const NAMESPACE = 'urn:bods:';

function withNamespace(key: string, value: unknown): unknown {
  const reference = (key === '$id' || key === '$ref') && typeof value === 'string';
  return reference && value.startsWith('urn:') ? `${NAMESPACE}${value.slice('urn:'.length)}` : value;
}

/**
 * Validates an array of statements against the official BODS 0.4 schema (draft 2020-12), each
 * statement on its own so a failure names the statement; returns the failures, none when valid.
 */
export function bodsValidator(): (statements: readonly unknown[]) => BodsFailure[] {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictRequired: false });
  addFormats.default(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  const schemaDir = new URL('schema/', BODS_DIR);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8'), withNamespace) as object);
  }
  const statement = ajv.getSchema(`${NAMESPACE}statement#/$defs/Statement`);
  if (!statement) throw new Error('The BODS schema has no Statement definition');
  return (statements) =>
    statements.flatMap((candidate, index) => {
      if (statement(candidate)) return [];
      const recordType = (candidate as { recordType?: unknown } | null)?.recordType;
      return [{ index, recordType, errors: (statement.errors ?? []).map(describe) }];
    });
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}`;
}
