import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { API_TYPES_FILE, publishedDocument, renderApiTypes } from './render-api-types.js';

describe('web/src/api/generated/openapi.ts', () => {
  let rendering: Promise<string> | undefined;
  const rendered = () => (rendering ??= publishedDocument().then(renderApiTypes));

  it('is current with the OpenAPI document: run npm run api-types after changing a route schema', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await rendered();
    assert.ok(committed === fresh, 'The web app’s API types are stale: run npm run api-types.');
  });

  it('carries the lists the web app offers as choices, as the API publishes them', async () => {
    const text = await rendered();
    assert.match(text, /export const SEVERITY_VALUES = \[[^\]]*'critical'/);
    assert.match(text, /export const CASE_STATUS_VALUES = \[[^\]]*'in_review'/);
    assert.match(text, /export const ROLE_VALUES = \[[^\]]*'auditor'/);
  });
});
