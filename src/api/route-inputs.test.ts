import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import type { InjectOptions } from 'fastify';
import { buildApp } from './app.js';
import {
  isDaySchema,
  isNumberSchema,
  operationsOf,
  sampleValue,
  urlOf,
  type JsonSchema,
  type Operation,
} from './testing/openapi-routes.js';
import { signedIn } from './testing/signed-in.js';

/** One hostile request, what it tampers with, and the name the answer must give. */
interface Probe {
  readonly label: string;
  readonly name: string;
  readonly request: InjectOptions;
}

const IMPOSSIBLE_DAYS = ['2024-13-45', '2024-02-30'];

// Every route the API publishes is walked, so a route added later is covered without editing this
// test: NUL in every string parameter and JSON body field, 1e309 in every number, impossible days
// in every date. Each must be a 400 that names what was wrong, never a 500 nor a 200.
describeEachEngine('hostile inputs on every API route', (engine) => {
  it('answers 400 naming the parameter, on every route', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const probes = (await operationsOf(app)).flatMap(({ method, path, operation }) =>
      probesOf(method, path, operation),
    );
    assert.ok(probes.length >= 60, `only ${String(probes.length)} probes`);
    const wrong: string[] = [];
    for (const probe of probes) {
      const response = await app.inject({
        ...probe.request,
        headers: { ...headers, ...probe.request.headers },
      });
      const message = response.json<{ message?: string }>().message ?? '';
      if (response.statusCode !== 400 || !message.includes(probe.name)) {
        wrong.push(`${probe.label}: ${String(response.statusCode)} ${message}`);
      }
    }
    assert.deepEqual(wrong, []);
    await app.close();
  });
});

function probesOf(method: string, path: string, operation: Operation): Probe[] {
  const probes: Probe[] = [];
  const body = operation.requestBody?.content?.['application/json']?.schema;
  const payload = body === undefined ? undefined : sampleValue(body);
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const schema = parameter.schema;
    const values = isNumberSchema(schema)
      ? ['1e309']
      : isDaySchema(schema)
        ? IMPOSSIBLE_DAYS
        : [`${String(sampleValue(schema))}\0`];
    for (const value of values) {
      probes.push({
        label: `${method} ${path} ${parameter.name}=${JSON.stringify(value)}`,
        name: parameter.name,
        request: {
          method: method,
          url: urlOf(path, operation, { [parameter.name]: value }),
          ...(payload === undefined ? {} : { payload: payload as object }),
        },
      });
    }
  }
  for (const [name, schema] of Object.entries(objectProperties(body))) {
    const url = urlOf(path, operation);
    const base = { ...(payload as Record<string, unknown>) };
    if (schema.type === 'string' || (schema.type === undefined && schema.anyOf !== undefined)) {
      probes.push({
        label: `${method} ${path} body.${name} with NUL`,
        name,
        request: { method: method, url, payload: { ...base, [name]: 'nul\0here' } },
      });
    }
    if (isNumberSchema(schema)) {
      const text = JSON.stringify({ ...base, [name]: 0 }).replace(`"${name}":0`, `"${name}":1e309`);
      probes.push({
        label: `${method} ${path} body.${name}=1e309`,
        name,
        request: {
          method: method,
          url,
          payload: text,
          headers: { 'content-type': 'application/json' },
        },
      });
    }
  }
  return probes;
}

function objectProperties(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  if (schema === undefined) return {};
  const parts = schema.allOf ?? [schema];
  return Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<string, JsonSchema>;
}
