import { checkIdentifier, RECORD_SCHEMAS, vocabularyValues, type RecordTypeName } from '@veta/standard';
import type { CodedColumn } from './coded-columns.js';
import type { SpecParams } from './precedents.js';
import type { DraftField, DraftInput } from './propose-fields.js';
import { columnValues } from './sniff-values.js';
import { tryField, usable } from './try-field.js';

// The kind of party a mining actor's type says it is: the state's mining industry is a state
// body, a cooperative a cooperative, and the private mining industry is made of enterprises (Ley
// 535 de Minería y Metalurgia, 2014, art. 31: actores productivos estatal, privado y cooperativo).
const KIND_OF_ACTOR: Readonly<Record<string, string>> = {
  STATE: 'STATE_BODY',
  COOPERATIVE: 'COOPERATIVE',
  PRIVATE: 'ORGANISATION',
};
const KIND = 'kind';

/**
 * The record's party kind read from a column of mining actor types, where the record has none or
 * only a guess of one: a kind read from an identifier whose scheme tells no holder's kind (a
 * Bolivian NIT) is its fallback on every row, while the actor type tells each row's.
 */
export function withActorKind(
  type: RecordTypeName,
  fields: readonly DraftField[],
  coded: readonly CodedColumn[],
  input: DraftInput,
): DraftField[] {
  if (!holdsPartyKind(type)) return [...fields];
  const known = fields.find((field) => field.path === KIND);
  if (known && !guessedKind(known, input)) return [...fields];
  for (const column of coded) {
    if (column.separator !== undefined) continue;
    const spec = kindLookup(column);
    const trial = spec && tryField(spec, input.context, { type, path: KIND });
    if (!spec || !trial || !usable(trial)) continue;
    const field: DraftField = {
      path: KIND,
      spec,
      from: [],
      doubt: `the party's kind is read from the mining actor type in ${column.column}; a private actor is taken to be an enterprise`,
    };
    return [...fields.filter((other) => other !== known), field];
  }
  return [...fields];
}

/** A lookup of each term of an actor-type crosswalk to the party kind the actor type implies. */
export function kindLookup(column: CodedColumn): SpecParams | undefined {
  if (column.crosswalk.vocabulary !== 'actorType') return undefined;
  const values: Record<string, string> = {};
  for (const { term, code } of column.crosswalk.terms) {
    const kind = KIND_OF_ACTOR[code];
    if (kind !== undefined) values[term] = kind;
  }
  return Object.keys(values).length === 0 ? undefined : { use: 'lookup', column: column.column, values };
}

function holdsPartyKind(type: RecordTypeName): boolean {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const schema = properties[KIND];
  const values = typeof schema === 'object' && schema !== null && 'enum' in schema ? schema.enum : undefined;
  const kinds = vocabularyValues('partyKind') ?? [];
  return (
    Array.isArray(values) && kinds.length === values.length && kinds.every((kind) => values.includes(kind))
  );
}

// A constant kind, or one read from identifiers whose fixed scheme tells the kind of none of them.
function guessedKind(field: DraftField, input: DraftInput): boolean {
  const spec: SpecParams = field.spec;
  if (spec.use === 'const') return true;
  const { country } = input.context;
  if (spec.use !== 'party-kind' || typeof spec.scheme !== 'string' || typeof spec.column !== 'string')
    return false;
  const scheme = spec.scheme;
  return (
    country === undefined ||
    columnValues(input.context.rows, spec.column).every(
      (text) => checkIdentifier(country, scheme, text).holderKind === undefined,
    )
  );
}
