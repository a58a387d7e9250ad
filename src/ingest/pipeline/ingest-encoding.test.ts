import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../core/logger.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { ingestFile } from './ingest-file.js';

// The real CO-RUCOM fixture is ISO-8859-1, as the layout says; re-saved as UTF-8 it is the file
// that loaded 65 names as "COMPAÃ‘ÃA".
const LATIN1_FIXTURE = fileURLToPath(
  new URL('../../../src/ingest/profiles/fixtures/CO-RUCOM.csv', import.meta.url),
);

function resavedAsUtf8(): { path: string; names: string[] } {
  const text = readFileSync(LATIN1_FIXTURE).toString('latin1');
  const path = join(mkdtempSync(join(tmpdir(), 'veta-encoding-')), 'CO-RUCOM.csv');
  writeFileSync(path, text, 'utf8');
  const names = text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => /[\u0080-\uffff]/.test(line.split(';')[3] ?? ''))
    .map((line) => line.split(';')[3] ?? '');
  return { path, names };
}

describeEachEngine('a Latin-1 layout given a UTF-8 file', (engine) => {
  it('reads it as UTF-8, stores the names as written and flags the rows whose text it changed', async () => {
    const db = await engine.openMigrated();
    const { path, names } = resavedAsUtf8();
    assert.ok(names.includes('MARÍA ISABEL MOSQUERA PEÑA'), 'the fixture has accented names');
    const report = await ingestFile(db, path, { profiles: loadProfiles(), logger: silentLogger() });
    assert.equal(report.status, 'loaded', report.error?.message);
    assert.ok((report.flagsByCode.ENCODING_MISMATCH ?? 0) > 0, JSON.stringify(report.flagsByCode));
    const stored = await db.query<{ name: string; flagged: boolean }>(
      `SELECT body->>'name' AS name, flags @> '[{"code":"ENCODING_MISMATCH"}]'::jsonb AS flagged FROM party`,
    );
    for (const name of names) {
      const party = stored.find((row) => row.name === name.trim());
      assert.ok(party, `${name} is stored as written`);
      assert.equal(party.flagged, true, `${name} carries the ENCODING_MISMATCH flag`);
    }
    assert.ok(
      stored.every((row) => !/Ã|Â|\uFFFD/.test(row.name)),
      'no name is stored garbled',
    );
  });
});
