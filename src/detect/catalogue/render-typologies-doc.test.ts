import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadCatalogue } from './catalogue.js';
import { renderTypologiesDoc } from './render-typologies-doc.js';

const DOC = fileURLToPath(new URL('../../../docs/typologies.md', import.meta.url));

describe('docs/typologies.md', () => {
  const catalogue = loadCatalogue();
  const rendered = renderTypologiesDoc(catalogue);

  it('is the rendered catalogue: run "node scripts/write-typologies-doc.js" after editing typologies.yaml', async () => {
    // The script formats with prettier before writing; do the same so table padding cannot differ.
    const options = { ...(await resolveConfig(DOC)), filepath: DOC };
    assert.equal(readFileSync(DOC, 'utf8'), await format(rendered, options));
  });

  it('has a section per typology with both languages, its thresholds and its false positives', () => {
    for (const typology of catalogue.typologies) {
      const start = rendered.indexOf(`\n## ${typology.code}\n`);
      assert.ok(start >= 0, typology.code);
      const end = rendered.indexOf('\n## ', start + 1);
      const section = rendered.slice(start, end < 0 ? undefined : end);
      assert.ok(section.includes(`### Español: ${typology.name.es}`), typology.code);
      assert.ok(section.includes(`### English: ${typology.name.en}`), typology.code);
      for (const name of Object.keys(typology.thresholds)) assert.ok(section.includes(`\`${name}\``), name);
      for (const driver of [...typology.falsePositiveDrivers.es, ...typology.falsePositiveDrivers.en])
        assert.ok(section.includes(`- ${driver}`), driver);
    }
  });

  it("writes unpadded tables whose rows all have the header's number of cells", () => {
    for (const block of rendered.split('\n\n').filter((part) => part.startsWith('| '))) {
      const rows = block.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      assert.ok(
        rows.every((cells) => cells === rows[0]),
        block.slice(0, 80),
      );
    }
  });
});
