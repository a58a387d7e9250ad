import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { buildApp } from './app.js';
import { signedIn } from './testing/signed-in.js';

interface Operation {
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; schema?: ParameterSchema }[];
}

interface ParameterSchema {
  enum?: unknown[];
  type?: string;
  format?: string;
  pattern?: string;
}

type Paths = Record<string, Record<string, Operation>>;

/** What an auditor may call besides the audit trail: their own session and tokens. */
const AUDITOR_ROUTES = /^\/api\/(audit|auth)(\/|$)/;

// Every route the API publishes is walked, so a route added later is covered without editing
// this test: it must refuse an anonymous caller, and keep an auditor (who reads only the audit
// trail) away from the region's data.
describeEachEngine('every API route', (engine) => {
  it('refuses anonymous callers on every route not declared public, before reading its input', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    const operations = await operationsOf(app);
    assert.ok(operations.length >= 20, `only ${String(operations.length)} operations published`);
    const open: string[] = [];
    for (const { method, path, operation } of operations) {
      if (operation.security?.length === 0) {
        open.push(`${method} ${path}`);
        continue;
      }
      const response = await app.inject({ method, url: urlOf(path, operation) });
      assert.equal(response.statusCode, 401, `${method} ${path} answered ${String(response.statusCode)}`);
      assert.equal(response.json<{ code: string }>().code, 'UNAUTHENTICATED');
    }
    assert.deepEqual(open.sort(), ['GET /api/health', 'POST /api/auth/login']);
    await app.close();
  });

  it('keeps an auditor to the audit trail: every data route answers 403', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'auditor', countries: 'ALL' });
    for (const { method, path, operation } of await operationsOf(app)) {
      if (method !== 'GET' || operation.security?.length === 0 || AUDITOR_ROUTES.test(path)) continue;
      const response = await app.inject({ method, url: urlOf(path, operation), headers });
      assert.equal(response.statusCode, 403, `GET ${path} answered ${String(response.statusCode)}`);
    }
    const audit = await app.inject({ method: 'GET', url: '/api/audit', headers });
    assert.equal(audit.statusCode, 200);
    await app.close();
  });
});

async function operationsOf(
  app: Awaited<ReturnType<typeof buildApp>>,
): Promise<{ method: string; path: string; operation: Operation }[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Paths }>();
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** The path with each parameter, and the required query, filled by values their schemas accept. */
function urlOf(path: string, operation: Operation): string {
  const parameters = operation.parameters ?? [];
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodeURIComponent(
      sampleOf(parameters.find((candidate) => candidate.in === 'path' && candidate.name === name)?.schema),
    ),
  );
  const query = parameters
    .filter((parameter) => parameter.in === 'query' && parameter.required === true)
    .map((parameter) => `${parameter.name}=${encodeURIComponent(sampleOf(parameter.schema))}`);
  return query.length === 0 ? filled : `${filled}?${query.join('&')}`;
}

function sampleOf(schema: ParameterSchema | undefined): string {
  const first = schema?.enum?.[0];
  if (typeof first === 'string') return first;
  if (schema?.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema?.format === 'date' || schema?.pattern?.includes('\\d{4}') === true) return '2024-01-01';
  return schema?.type === 'integer' || schema?.type === 'number' ? '1' : 'x';
}
