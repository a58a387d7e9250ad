import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isVetaError } from '../../core/veta-error.js';
import { wktTransform } from '../mapping/geometry.js';
import { mapRow } from '../mapping/map-row.js';
import { testRowContext, transformInput } from '../mapping/testing/transform-input.js';
import { findProfile, loadProfiles, type LoadedProfile } from '../profiles/load-profiles.js';
import { fuzzCheck } from '../testing/fuzz-check.js';
import { hostileCsv, hostileGeoJson, hostileWkt } from '../testing/hostile-files.js';
import { GEOMETRY_COLUMN } from './geojson.js';
import { openWithProfile } from './open-source.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';

const profiles = loadProfiles();
const dir = mkdtempSync(join(tmpdir(), 'veta-readers-fuzz-'));

// Low enough that generated files reach every limit; the defaults walk the other paths.
const LOWERED: ReadLimits = {
  ...DEFAULT_READ_LIMITS,
  maxRecordChars: 2000,
  maxColumns: 40,
  maxFeatures: 8,
  maxFeatureChars: 4000,
  maxVertices: 100,
};

const BUDGET = { budgetMs: 1500, numRuns: 400 };

/** A failure of the file: a VetaError with a sentence that names no server path. */
function assertFileFailure(error: unknown): void {
  assert.ok(
    isVetaError(error),
    `not a VetaError: ${error instanceof Error ? (error.stack ?? '') : String(error)}`,
  );
  assert.ok(error.message.length > 0);
  assert.ok(!error.message.includes(dir), `the message names the server path: ${error.message}`);
  if (error.code === 'READ_LIMIT') assert.match(error.message, /raise VETA_MAX_[A-Z_]+/);
}

/** Reads a file whole with a profile: every row within the limits, mapped to records or to problems with codes. */
async function readThrough(path: string, profile: LoadedProfile, limits: ReadLimits): Promise<void> {
  try {
    const source = await openWithProfile(path, profile.profile, limits);
    try {
      let rows = 0;
      for await (const row of source.rows) {
        rows++;
        assertWithinLimits(row.values, rows, limits);
        const mapped = mapRow(profile, row, { ...testRowContext('2026-11-26'), limits });
        assert.ok(mapped.records.length > 0 || mapped.problems.length > 0);
        for (const problem of mapped.problems) assert.match(problem.code, /^[A-Z][A-Z0-9_]*$/);
      }
    } finally {
      source.close();
    }
  } catch (error) {
    assertFileFailure(error);
  }
}

/** What a reader may hand on: no more columns, characters, features or vertices than the limits allow. */
function assertWithinLimits(values: Record<string, string>, rows: number, limits: ReadLimits): void {
  const geometry = values[GEOMETRY_COLUMN];
  if (geometry === undefined) {
    assert.ok(Object.keys(values).length <= limits.maxColumns, 'a row of more columns than the limit');
    for (const value of Object.values(values))
      assert.ok(value.length <= limits.maxRecordChars, 'a value past the record limit');
    return;
  }
  assert.ok(rows <= limits.maxFeatures, 'more features than the limit');
  assert.ok(
    geometry === '' || vertices(JSON.parse(geometry)) <= limits.maxVertices,
    'more vertices than the limit',
  );
}

/** Positions in a parsed geometry: arrays whose first element is a number. */
function vertices(value: unknown): number {
  if (!Array.isArray(value)) {
    return typeof value === 'object' && value !== null
      ? Object.values(value).reduce((sum: number, inner: unknown) => sum + vertices(inner), 0)
      : 0;
  }
  if (typeof value[0] === 'number') return 1;
  return value.reduce((sum: number, inner: unknown) => sum + vertices(inner), 0);
}

describe('the readers under generated hostile input', () => {
  it('CSV: every file ends in rows (records or problems) or a file-level failure with a message', async () => {
    const path = join(dir, 'PE-COMPRAS.csv');
    // A UTF-8 layout and a Latin-1 one, by id so that a failing case prints short.
    const cases = fc.tuple(hostileCsv, fc.constantFrom('PE-COMPRAS', 'CO-RUCOM'), fc.boolean());
    await fuzzCheck(
      cases,
      async ([bytes, layout, lowered]) => {
        writeFileSync(path, bytes);
        await readThrough(path, findProfile(profiles, layout), lowered ? LOWERED : DEFAULT_READ_LIMITS);
      },
      BUDGET,
    );
  });

  it('GeoJSON: every file ends in rows or a file-level failure with a message', async () => {
    const path = join(dir, 'PROTECTED-AREAS.geojson');
    const profile = findProfile(profiles, 'PROTECTED-AREAS');
    await fuzzCheck(
      fc.tuple(hostileGeoJson, fc.boolean()),
      async ([bytes, lowered]) => {
        writeFileSync(path, bytes);
        await readThrough(path, profile, lowered ? LOWERED : DEFAULT_READ_LIMITS);
      },
      BUDGET,
    );
  });

  it('WKT: every text ends in a geometry, a row problem or a READ_LIMIT failure of the file', async () => {
    await fuzzCheck(
      fc.tuple(hostileWkt, fc.boolean()),
      ([text, lowered]) => {
        const input = transformInput({ WKT: text }, { limits: lowered ? LOWERED : DEFAULT_READ_LIMITS });
        try {
          const result = wktTransform.run({ use: 'wkt', column: 'WKT' }, input);
          if (!result.ok) assert.equal(result.problem.code, 'GEOMETRY_INVALID');
        } catch (error) {
          assertFileFailure(error);
          assert.ok(isVetaError(error, 'READ_LIMIT'));
        }
      },
      BUDGET,
    );
  });
});
