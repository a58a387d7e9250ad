#!/usr/bin/env node
// Regenerates docs/standard.md from the compiled schemas: run after "npx tsc -b standard".
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { renderStandardDoc } from '../dist/index.js';

const target = new URL('../../docs/standard.md', import.meta.url);
writeFileSync(target, renderStandardDoc(), 'utf8');
console.log(`wrote ${target.pathname}`);
