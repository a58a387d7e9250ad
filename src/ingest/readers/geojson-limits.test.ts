import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { openGeoJson } from './geojson.js';
import type { RawRow } from './raw-row.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { writeLongFile } from './testing/long-file.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-geojson-limits-'));

async function readAll(path: string, limits: ReadLimits): Promise<RawRow[]> {
  const source = await openGeoJson(path, ['id'], limits);
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return rows;
}

function collection(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function square(id: string, extra: Record<string, string> = {}): unknown {
  const ring = [
    [-70.1, -12.5],
    [-70.0, -12.5],
    [-70.0, -12.4],
    [-70.1, -12.5],
  ];
  return {
    type: 'Feature',
    properties: { id, ...extra },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

function readLimit(variable: string, found: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(isVetaError(error, 'READ_LIMIT'), String(error));
    assert.match(error.message, found);
    assert.match(error.message, new RegExp(`raise ${variable}`));
    return true;
  };
}

describe('openGeoJson within the read limits', () => {
  it('fails a polygon of a million vertices at the default limit, before it is assembled', async () => {
    const path = await writeLongFile('PROTECTED-AREAS.geojson', {
      head: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"A"},"geometry":{"type":"Polygon","coordinates":[[',
      piece: '[-70.1,-12.5],',
      bytes: 1_000_000 * 14,
      tail: '[-70.1,-12.5]]]}}]}',
    });
    await assert.rejects(
      readAll(path, DEFAULT_READ_LIMITS),
      readLimit(
        'VETA_MAX_VERTICES',
        /^PROTECTED-AREAS\.geojson was not loaded: feature 1 has more vertices, past the limit of 250,000 vertices/,
      ),
    );
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('reads a geometry of exactly the vertices allowed, and fails one more', async () => {
    const path = join(dir, 'vertices.geojson');
    writeFileSync(path, collection([square('A'), square('B')]));
    assert.equal((await readAll(path, { ...DEFAULT_READ_LIMITS, maxVertices: 4 })).length, 2);
    await assert.rejects(
      readAll(path, { ...DEFAULT_READ_LIMITS, maxVertices: 3 }),
      readLimit(
        'VETA_MAX_VERTICES',
        /feature 1 has more vertices, past the limit of 3 vertices in one geometry/,
      ),
    );
  });

  it('fails a file of more features than the limit, naming the setting', async () => {
    const path = join(dir, 'features.geojson');
    writeFileSync(path, collection([square('A'), square('B'), square('C')]));
    assert.equal((await readAll(path, { ...DEFAULT_READ_LIMITS, maxFeatures: 3 })).length, 3);
    await assert.rejects(
      readAll(path, { ...DEFAULT_READ_LIMITS, maxFeatures: 2 }),
      readLimit(
        'VETA_MAX_FEATURES',
        /it has more than 2 features, past the limit of 2 features in one GeoJSON file/,
      ),
    );
  });

  it('fails a feature of more characters than the limit (a huge property), naming the setting', async () => {
    const path = join(dir, 'chars.geojson');
    writeFileSync(path, collection([square('A'), square('B', { note: 'x'.repeat(5000) })]));
    await assert.rejects(
      readAll(path, { ...DEFAULT_READ_LIMITS, maxFeatureChars: 1000 }),
      readLimit(
        'VETA_MAX_FEATURE_CHARS',
        /feature 2 is too long, past the limit of 1,000 characters in one GeoJSON feature/,
      ),
    );
  });

  it('fails a feature of more properties than the columns allowed, each short', async () => {
    const path = join(dir, 'columns.geojson');
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`p${index}`, 'x']));
    // Nested values are one column's text: only the properties themselves count.
    const nested = { type: 'Feature', properties: { id: 'A', detail: many }, geometry: null };
    writeFileSync(path, collection([nested, square('B', many)]));
    // The geometry is a column too: 20 properties and the id make 22 with it.
    assert.equal((await readAll(path, { ...DEFAULT_READ_LIMITS, maxColumns: 22 })).length, 2);
    await assert.rejects(
      readAll(path, { ...DEFAULT_READ_LIMITS, maxColumns: 21 }),
      readLimit(
        'VETA_MAX_COLUMNS',
        /feature 2 has more properties .*past the limit of 21 columns in one row/,
      ),
    );
  });

  it('fails a feature nested thousands deep with READ_LIMIT, not a stack overflow', async () => {
    const path = join(dir, 'deep.geojson');
    const depth = 100_000;
    writeFileSync(
      path,
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"A"},"geometry":{"type":"Polygon","coordinates":' +
        '['.repeat(depth) +
        ']'.repeat(depth) +
        '}}]}',
    );
    await assert.rejects(readAll(path, DEFAULT_READ_LIMITS), (error: unknown) => {
      assert.ok(isVetaError(error, 'READ_LIMIT'), String(error));
      assert.match(
        error.message,
        /^deep\.geojson was not loaded: feature 1 nests arrays or objects more than 64 deep/,
      );
      return true;
    });
  });
});
