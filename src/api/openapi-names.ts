import type { TSchema } from 'typebox';
import {
  AlertDetail,
  AlertSummary,
  CaseComment,
  CaseHistoryEntry,
  EpisodeAlert,
  EvidenceItem,
} from './schemas/alert-schemas.js';
import { Bilingual } from './schemas/common.js';
import { NextStep } from './schemas/next-step-schemas.js';
import { ErrorBody } from './schemas/error-responses.js';
import { UserSchema } from './presenters/user.js';

/**
 * The shared response shapes the OpenAPI document names. Routes inline their TypeBox schemas, so
 * the document would repeat each shape anonymously; each of these, wherever a response uses it,
 * moves to `components.schemas` under its name and is referred to there, so clients generated from
 * the document (web/src/api/generated) name it too.
 */
export const NAMED_SCHEMAS: Readonly<Record<string, TSchema>> = {
  AlertDetail,
  AlertSummary,
  Bilingual,
  CaseComment,
  CaseHistoryEntry,
  EpisodeAlert,
  ErrorBody,
  EvidenceItem,
  NextStep,
  User: UserSchema,
};

/** An OpenAPI document, or any part of one, as plain JSON. */
export type OpenApiDocument = Record<string, unknown>;

/**
 * A route's schema for the document, with each named schema among its responses marked by its name
 * as title: found by identity, as routes use the very objects named above. A copy: the route itself
 * validates and serialises with its schema untouched.
 */
export function markNamedSchemas<S extends { response?: unknown }>(schema: S, names = NAMED_SCHEMAS): S {
  const nameOf = new Map<unknown, string>(Object.entries(names).map(([name, named]) => [named, name]));
  const mark = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mark);
    if (!isRecord(value)) return value;
    const copy = mapValues(value, mark);
    const name = nameOf.get(value);
    return name === undefined ? copy : { ...copy, title: name };
  };
  return schema.response === undefined ? schema : { ...schema, response: mark(schema.response) };
}

/**
 * The document with each response schema marked by markNamedSchemas moved to components.schemas
 * under its name, and referred to there.
 */
export function nameResponseSchemas<D extends object>(document: D, names = NAMED_SCHEMAS) {
  const fields: OpenApiDocument = Object.fromEntries(Object.entries(document));
  const components = recordOf(fields.components);
  const named: Record<string, unknown> = { ...recordOf(components.schemas) };
  const hoist = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(hoist);
    if (!isRecord(schema)) return schema;
    const inner = mapValues(schema, hoist);
    const name = schema.title;
    if (typeof name !== 'string' || !(name in names)) return inner;
    named[name] = inner;
    return { $ref: `#/components/schemas/${name}` };
  };
  // paths → methods → operation.responses → status → content → media type → schema
  const paths = mapValues(recordOf(fields.paths), (methods) =>
    mapValues(recordOf(methods), (operation) =>
      withEach(operation, 'responses', (response) =>
        withEach(response, 'content', (media) =>
          isRecord(media) ? { ...media, schema: hoist(media.schema) } : media,
        ),
      ),
    ),
  );
  const schemas = Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
  return { ...document, paths, components: { ...components, schemas } };
}

/** The object with each value of its `key` object changed by `change`; unchanged when it has none. */
function withEach(value: unknown, key: string, change: (item: unknown) => unknown): unknown {
  if (!isRecord(value) || !isRecord(value[key])) return value;
  return { ...value, [key]: mapValues(value[key], change) };
}

function mapValues(
  record: Record<string, unknown>,
  change: (item: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, change(item)]));
}

function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
