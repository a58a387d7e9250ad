import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../core/logger.js';
import type { Database } from '../../../store/database.js';
import { ingestFile } from '../../../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../../../ingest/profiles/load-profiles.js';
import { builtinCatalogue, typology } from '../../catalogue/catalogue.js';
import { thresholdsFor } from '../../catalogue/threshold-overrides.js';
import type { DetectorSettings } from '../../detector.js';

const profiles = loadProfiles();

/** Writes a national-layout file (UTF-8) to a fresh temporary folder and loads it through real ingestion. */
export async function loadLayoutFile(db: Database, fileName: string, text: string): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-detector-')), fileName);
  writeFileSync(path, text);
  const report = await ingestFile(db, path, { profiles, logger: silentLogger(), today: '2026-11-26' });
  assert.equal(report.rowsRejected, 0, JSON.stringify(report.rejectedByCode));
}

/** A GeoJSON FeatureCollection file's text from features' properties and rings. */
export function featureCollection(
  features: readonly { properties: Record<string, unknown>; rings: number[][][] }[],
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      properties: feature.properties,
      geometry: { type: 'Polygon', coordinates: feature.rings },
    })),
  });
}

/** A closed square ring of the given side in degrees, from its south-west corner. */
export function squareRing(west: number, south: number, side: number): number[][] {
  return [
    [west, south],
    [west + side, south],
    [west + side, south + side],
    [west, south + side],
    [west, south],
  ];
}

/** The built-in catalogue's thresholds and severity for a typology. */
export function settingsOf(code: string): DetectorSettings {
  const catalogue = builtinCatalogue();
  return { thresholds: thresholdsFor(catalogue, code), severity: typology(code, catalogue).severity };
}
