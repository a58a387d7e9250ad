import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../core/logger.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../../ingest/profiles/load-profiles.js';
import { LAYOUTS, layoutPath } from '../../simulate/layouts/catalogue.js';
import { simulateRegion } from '../../simulate/simulate.js';
import type { Database } from '../../store/engine/database.js';

/**
 * Simulates the small region and loads into `db` the files of every layout that declares links
 * between parties (company registers, shareholders, beneficial owners), with the parties they
 * name: what ownership needs. Trade, production and the rest are left out to keep tests fast.
 * Returns the layouts loaded.
 */
export async function loadRegionRegisters(db: Database, seed = 1): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'veta-region-'));
  try {
    await simulateRegion({
      seed,
      scale: 'small',
      from: { year: 2022, month: 1 },
      to: { year: 2024, month: 12 },
      outDir: dir,
    });
    const profiles = loadProfiles();
    const registers = new Set(
      profiles
        .filter((loaded) => loaded.profile.records.some((record) => record.type === 'Relationship'))
        .map((loaded) => loaded.profile.id),
    );
    const loaded: string[] = [];
    for (const layout of LAYOUTS.filter((l) => registers.has(l.id))) {
      const report = await ingestFile(db, join(dir, layoutPath(layout)), {
        profiles,
        logger: silentLogger(),
      });
      if (report.status === 'failed') throw new Error(`${layout.id}: ${report.error?.message ?? 'failed'}`);
      loaded.push(layout.id);
    }
    return loaded;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
