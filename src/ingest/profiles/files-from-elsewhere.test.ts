import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('LAB-ASSAYS with plain dates in its timestamp columns loads them at day precision, flagged', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veta-lab-')), 'LAB-ASSAYS.csv');
    writeFileSync(
      path,
      'SAMPLE_ID,COUNTRY,LAB_ID,ACCREDITED,SAMPLED_AT,ANALYSED_AT,AU_G_T\r\nS-1,PE,LAB-SGS-CALLAO,Y,2023-01-06,2023-01-09,12.5\r\n',
    );
    const fixture = await mapFixture('LAB-ASSAYS', path);
    assert.equal(fixture.rejected.size, 0, JSON.stringify([...fixture.rejected.values()]));
    const assay = fixture.record('Assay', 'ASSAY:LAB-SGS-CALLAO:S-1');
    // The layout names no country (each row does), so the day starts in UTC.
    assert.equal(assay.body.sampledAt, '2023-01-06T00:00:00.000Z');
    assert.equal(assay.body.analysedAt, '2023-01-09T00:00:00.000Z');
    assert.deepEqual(
      assay.flags.map((flag) => [flag.code, flag.field, flag.severity]),
      [
        ['TIMESTAMP_DAY_ONLY', 'SAMPLED_AT', 'INFO'],
        ['TIMESTAMP_DAY_ONLY', 'ANALYSED_AT', 'INFO'],
      ],
    );
  });
});
