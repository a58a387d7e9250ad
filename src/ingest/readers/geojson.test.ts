import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { openGeoJson } from './geojson.js';
import type { RawRow } from './raw-row.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-geojson-'));

describe('openGeoJson', () => {
  it('streams each feature as a row: properties as text, geometry as GeoJSON', async () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-70.1, -12.5],
          [-70.0, -12.5],
          [-70.0, -12.4],
          [-70.1, -12.5],
        ],
      ],
    };
    const path = join(dir, 'SATELLITE-ALERTS.geojson');
    writeFileSync(
      path,
      JSON.stringify({
        type: 'FeatureCollection',
        name: 'alerts',
        features: [
          {
            type: 'Feature',
            properties: {
              id: 'AMW-2024-000123',
              area_ha: 12.5,
              confidence: 0.9,
              source: 'Amazon Mining Watch',
            },
            geometry: polygon,
          },
          { type: 'Feature', properties: { id: 'AMW-2024-000124', area_ha: null }, geometry: null },
          { type: 'Point' },
        ],
      }),
    );
    const source = await openGeoJson(path, ['id', 'detected_on', 'area_ha', 'confidence', 'source']);
    const rows: RawRow[] = [];
    for await (const row of source.rows) rows.push(row);
    // The first feature's properties stand for the header a GeoJSON file lacks.
    assert.deepEqual(source.header, ['id', 'area_ha', 'confidence', 'source', 'geometry']);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0]?.values, {
      id: 'AMW-2024-000123',
      area_ha: '12.5',
      confidence: '0.9',
      source: 'Amazon Mining Watch',
      geometry: JSON.stringify(polygon),
    });
    assert.deepEqual(rows[1]?.values, { id: 'AMW-2024-000124', area_ha: '', geometry: '' });
    assert.equal(rows[2]?.rowNumber, 3);
    assert.equal(rows[2]?.problems[0]?.code, 'FEATURE_INVALID');
  });

  it('fails a truncated file with a clear error', async () => {
    const path = join(dir, 'broken.geojson');
    writeFileSync(path, '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{');
    await assert.rejects(
      async () => {
        const source = await openGeoJson(path, ['id']);
        for await (const row of source.rows) assert.ok(row);
      },
      (error: unknown) =>
        isVetaError(error, 'FILE_UNREADABLE') && /broken\.geojson is not valid GeoJSON/.test(error.message),
    );
  });
});
