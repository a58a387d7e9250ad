import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PROFILES_DIR, loadProfiles } from './load-profiles.js';
import { FIXTURES_DIR, mapFixture } from './testing/map-fixture.js';

const LAYOUTS_DOC = fileURLToPath(new URL('../../../docs/national-layouts.md', import.meta.url));

/** Layout ids as the reference document heads them: a bold id followed by a dash. */
function documentedLayouts(): string[] {
  const text = readFileSync(LAYOUTS_DOC, 'utf8');
  return [...text.matchAll(/^\*\*([A-Z][A-Z0-9-]+)\*\* —/gm)].map((match) => match[1] ?? '');
}

const profileIds = readdirSync(BUILTIN_PROFILES_DIR)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

describe('layout coverage', () => {
  it('has a profile file for every layout of docs/national-layouts.md, and no other', () => {
    const documented = documentedLayouts();
    assert.equal(documented.length, 35);
    assert.deepEqual([...profileIds].sort(), [...documented].sort());
  });

  it('has a fixture for every profile file', () => {
    const fixtures = readdirSync(FIXTURES_DIR).map((file) => file.split('.')[0]);
    assert.deepEqual(
      profileIds.filter((id) => !fixtures.includes(id)),
      [],
    );
  });

  it('names each profile file after the id it declares', () => {
    assert.deepEqual(
      loadProfiles().map((loaded) => loaded.profile.id),
      [...profileIds].sort((a, b) => a.localeCompare(b)),
    );
  });

  for (const id of profileIds) {
    it(`${id}: every fixture row gives records or problems, and one is rejected or flagged`, async () => {
      const fixture = await mapFixture(id);
      const rowsWithRecords = new Set(fixture.records.map((record) => record.id));
      assert.ok(fixture.rowsRead >= 3, `${id} has ${fixture.rowsRead} rows`);
      assert.ok(rowsWithRecords.size > 0);
      const flagged = fixture.records.some((record) => record.flags.length > 0);
      assert.ok(fixture.rejected.size > 0 || flagged, `${id} fixture has no bad row`);
    });
  }
});
