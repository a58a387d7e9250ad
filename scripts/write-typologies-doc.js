#!/usr/bin/env node
// Regenerates docs/typologies.md from src/detect/catalogue/typologies.yaml: run after "npx tsc -b".
// The renderer writes tables unpadded; prettier aligns them here, so the file passes "prettier --check"
// and the test can compare it with a freshly rendered, formatted copy.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadCatalogue } from '../dist/detect/catalogue/catalogue.js';
import { renderTypologiesDoc } from '../dist/detect/catalogue/render-typologies-doc.js';

const target = fileURLToPath(new URL('../docs/typologies.md', import.meta.url));
const markdown = renderTypologiesDoc(loadCatalogue());
const options = { ...(await resolveConfig(target)), filepath: target };
writeFileSync(target, await format(markdown, options), 'utf8');
console.log(`wrote ${target}`);
