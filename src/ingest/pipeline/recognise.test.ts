import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVetaError } from '../../core/veta-error.js';
import { findProfile, loadProfiles } from '../profiles/load-profiles.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { openChecked, recogniseFile } from './recognise.js';

const profiles = loadProfiles();
const FIXTURES = fileURLToPath(new URL('../../../src/ingest/profiles/fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'veta-recognise-'));

describe('recognising a file', () => {
  it('knows a file by its name, and a misnamed one by a header only one layout fits', async () => {
    const named = await recogniseFile(join(FIXTURES, 'PE-DAM.csv'), profiles, DEFAULT_READ_LIMITS);
    assert.equal(named.profile.profile.id, 'PE-DAM');
    named.source.close();
    const renamed = join(dir, 'export-2024.csv');
    copyFileSync(join(FIXTURES, 'PE-DAM.csv'), renamed);
    const byHeader = await recogniseFile(renamed, profiles, DEFAULT_READ_LIMITS);
    assert.equal(byHeader.profile.profile.id, 'PE-DAM');
    byHeader.source.close();
  });

  it('reports a file no layout fits instead of guessing', async () => {
    const path = join(dir, 'notes.csv');
    writeFileSync(path, 'FECHA;MONTO\n01/01/2024;5\n');
    await assert.rejects(recogniseFile(path, profiles, DEFAULT_READ_LIMITS), (error: unknown) =>
      isVetaError(error, 'LAYOUT_UNRECOGNISED'),
    );
  });

  it('fails a GeoJSON file forced on the wrong layout by its missing columns', async () => {
    const path = join(FIXTURES, 'SATELLITE-ALERTS.geojson');
    await assert.rejects(
      openChecked(path, [findProfile(profiles, 'PROTECTED-AREAS')], DEFAULT_READ_LIMITS),
      (error: unknown) => {
        assert.ok(isVetaError(error, 'COLUMN_MISSING'));
        assert.match(
          error.message,
          /SATELLITE-ALERTS\.geojson, row 1: the header lacks .*PROTECTED-AREAS requires/,
        );
        return true;
      },
    );
  });
});
