import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { REGION_COUNTRIES } from '@veta/standard';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { exportBods } from './export-bods.js';
import { BODS_DIR, bodsValidator } from './testing/bods-schema.js';
import { loadRegionRegisters } from './testing/region-registers.js';
import { ultimateOwners } from './ultimate-owners.js';

const validate = bodsValidator();

it('the official BODS 0.4 examples validate, and a statement missing its required parts does not', () => {
  const examples = new URL('examples/', BODS_DIR);
  const files = readdirSync(examples);
  assert.equal(files.length, 4);
  for (const file of files) {
    const statements = JSON.parse(readFileSync(new URL(file, examples), 'utf8')) as unknown[];
    assert.ok(statements.length > 0, file);
    assert.deepEqual(validate(statements), [], file);
  }
  const entity = { recordType: 'entity', recordDetails: { jurisdiction: { code: 'PE' } } };
  assert.equal(validate([entity]).length, 1);
});

describeEachEngine('ownership on the simulated small region', (engine) => {
  let db: Database;
  before(async () => {
    db = await engine.openMigrated();
    await loadRegionRegisters(db);
  });

  it('finds a natural person as ultimate owner of some company in each of the four countries', async () => {
    for (const country of REGION_COUNTRIES) {
      const companies = await db.query<{ subject: string }>(
        `SELECT DISTINCT subject FROM relationship
         WHERE subject LIKE $1 AND body->'interests' @> '[{"type": "shareholding"}]' ORDER BY subject`,
        [`${country}:%`],
      );
      let owned = 0;
      for (const { subject } of companies) {
        const report = await ultimateOwners(db, subject);
        // Only natural persons are ultimate owners: a report names none for a company owned by companies alone.
        if (report.owners.length > 0) owned++;
      }
      assert.ok(owned > 0, `${country}: ${owned} of ${companies.length} companies with a person as owner`);
    }
  });

  it('exports BODS 0.4 statements that the official schema accepts, every one of them', async () => {
    let text = '';
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    const written = await exportBods(db, out, '2025-06-30');
    const statements = JSON.parse(text) as {
      recordType: string;
      recordDetails: { jurisdiction?: { code: string } };
    }[];
    assert.equal(statements.length, written.parties + written.relationships);
    const failures = validate(statements);
    assert.deepEqual(failures.slice(0, 3), [], `${failures.length} of ${statements.length} statements fail`);
    const jurisdictions = new Set(statements.map((s) => s.recordDetails.jurisdiction?.code).filter(Boolean));
    for (const country of REGION_COUNTRIES) assert.ok(jurisdictions.has(country), `entities of ${country}`);
  });
});
