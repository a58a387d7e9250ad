import type { Logger } from '../../core/logger.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';

/** Ingests every file of the folder, then checks the mining-right boundaries over the store. */
export async function ingestFolder(
  db: Database,
  dir: string,
  logger: Logger,
  keep: (file: string) => boolean = () => true,
): Promise<{ rows: number; rejected: number }> {
  const { ingestFile } = await import('./ingest-file.js');
  const { listDataFiles } = await import('./ingest-paths.js');
  const { loadProfiles } = await import('../profiles/load-profiles.js');
  const { flagRightGeometries } = await import('../right-geometry-flags.js');
  const profiles = loadProfiles();
  // truth.json is not data: listDataFiles keeps only the formats the readers know.
  const files = (await listDataFiles([dir])).filter(keep);
  let rows = 0;
  let rejected = 0;
  for (const file of files) {
    const report = await ingestFile(db, file, { profiles, logger });
    if (report.status === 'failed') {
      throw new VetaError(
        'INGEST_FAILED',
        `${file} could not be loaded: ${report.error?.message ?? 'unknown error'}`,
      );
    }
    rows += report.rowsRead;
    rejected += report.rowsRejected;
  }
  await flagRightGeometries(db);
  return { rows, rejected };
}
