import type { FastifyInstance } from 'fastify';

/** A JSON schema as the OpenAPI document publishes it, as far as the route walks read it. */
export interface JsonSchema {
  type?: string | string[];
  default?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** A parameter of an operation. */
export interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

/** One operation of the OpenAPI document. */
export interface Operation {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema & { $ref?: string } }> }>;
}

/** Every operation the app's OpenAPI document publishes, so a route added later is walked too. */
export async function operationsOf(
  app: FastifyInstance,
): Promise<{ method: string; path: string; operation: Operation }[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
  }>();
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/**
 * The path with each parameter, and the required query, filled by values their schemas accept;
 * `given` sets (or adds) parameters by name, as raw text to be encoded.
 */
export function urlOf(path: string, operation: Operation, given: Record<string, string> = {}): string {
  const parameters = operation.parameters ?? [];
  const valueOf = (parameter: Parameter | undefined, name: string) =>
    given[name] ?? sampleText(parameter?.schema);
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodeURIComponent(
      valueOf(
        parameters.find((candidate) => candidate.in === 'path' && candidate.name === name),
        name,
      ),
    ),
  );
  const query = parameters
    .filter(
      (parameter) => parameter.in === 'query' && (parameter.required === true || parameter.name in given),
    )
    .map((parameter) => `${parameter.name}=${encodeURIComponent(valueOf(parameter, parameter.name))}`);
  return query.length === 0 ? filled : `${filled}?${query.join('&')}`;
}

/** Whether a schema describes a day (YYYY-MM-DD). */
export function isDaySchema(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'date' || schema?.pattern?.includes('\\d{4}') === true;
}

/** Whether a schema describes a number or an integer. */
export function isNumberSchema(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'integer' || schema?.type === 'number';
}

/** A value, as text, that the schema accepts. */
export function sampleText(schema: JsonSchema | undefined): string {
  const value = sampleValue(schema);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A value the schema accepts, good enough to get a request past validation. */
export function sampleValue(schema: JsonSchema | undefined): unknown {
  if (schema === undefined) return 'x';
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.[0] !== undefined) return schema.enum[0];
  const choice = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (choice !== undefined) return sampleValue(choice);
  if (schema.allOf !== undefined) return Object.assign({}, ...schema.allOf.map(sampleValue)) as unknown;
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (isDaySchema(schema)) return '2024-01-01';
  if (isNumberSchema(schema)) return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  if (schema.type === 'array')
    return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items));
  if (schema.type === 'object' || schema.properties !== undefined) {
    const required = schema.required ?? [];
    return Object.fromEntries(required.map((name) => [name, sampleValue(schema.properties?.[name])]));
  }
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}
