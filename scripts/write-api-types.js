#!/usr/bin/env node
// Regenerates web/src/api/generated/openapi.ts from the OpenAPI document the app publishes: run
// "npm run api-types" (which builds first) after changing a route's schema. The test
// src/api/render-api-types.test.ts fails while the committed file differs from a fresh rendering.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_TYPES_FILE, publishedDocument, renderApiTypes } from '../dist/api/render-api-types.js';

mkdirSync(dirname(API_TYPES_FILE), { recursive: true });
writeFileSync(API_TYPES_FILE, await renderApiTypes(await publishedDocument()), 'utf8');
console.log(`wrote ${API_TYPES_FILE}`);
