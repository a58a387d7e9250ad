import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MappedFixture } from './testing/map-fixture.js';
import { FIXTURES_DIR, fixtureProfile, mapFixture } from './testing/map-fixture.js';
import { rewriteFixture } from './testing/rewrite-fixture.js';
import { loadProfiles } from './load-profiles.js';

// Every layout with a fixture, read from a file another agency might have written: other date
// forms, the other decimal convention, another encoding, the columns reordered and renamed.
const LAYOUTS = loadProfiles()
  .map((loaded) => loaded.profile)
  .filter((profile) =>
    ['csv', 'geojson', 'rows.json'].some((extension) =>
      existsSync(join(FIXTURES_DIR, `${profile.id}.${extension}`)),
    ),
  );

/** The records a fixture gave, by type and id, with their bodies; and its rejections' codes. */
function outcome(fixture: MappedFixture): { records: string[]; rejected: string[] } {
  return {
    records: fixture.records
      .map((record) => `${record.type} ${record.id} ${JSON.stringify(record.body)}`)
      .sort(),
    rejected: [...fixture.rejected.values()]
      .flatMap((problems) => problems.map((problem) => problem.code))
      .sort(),
  };
}

describe('files from elsewhere', () => {
  it('covers every layout that has a fixture', () => {
    assert.ok(LAYOUTS.length >= 29, `${LAYOUTS.length} layouts with fixtures`);
  });

  for (const profile of LAYOUTS) {
    it(`${profile.id}: a file rewritten with other forms loads the same records`, async () => {
      const rewritten = await rewriteFixture(fixtureProfile(profile.id).profile);
      assert.ok(
        rewritten.header.some((name) => !/^[A-Z0-9_]+$/.test(name) && name !== 'geometry'),
        'the header is renamed',
      );
      const original = outcome(await mapFixture(profile.id));
      const elsewhere = outcome(await mapFixture(profile.id, rewritten.path));
      assert.ok(original.records.length > 0);
      assert.deepEqual(elsewhere, original, JSON.stringify(rewritten.changed));
    });
  }

  it('rewrote dates, timestamps and numbers in the layouts that have them', async () => {
    const total = { date: 0, timestamp: 0, number: 0 };
    for (const profile of LAYOUTS) {
      const { changed } = await rewriteFixture(profile);
      for (const kind of ['date', 'timestamp', 'number'] as const) total[kind] += changed[kind];
    }
    assert.ok(total.date > 40 && total.timestamp > 4 && total.number > 60, JSON.stringify(total));
  });
});
