import { runInOrder } from '../../core/ordered-tasks.js';
import type { Database } from '../../store/engine/database.js';
import type { FileReport } from './file-report.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';
import { profilesByName } from './recognise.js';

/**
 * Files loaded at once on PostgreSQL: while the server applies one file's staging (set-based SQL,
 * a third of a load's time, with this process idle), the next file is read and mapped. PGlite has
 * one connection and runs in this process, so there it is one file at a time.
 */
const POSTGRES_FILES_AT_ONCE = 2;

/**
 * Loads files in the order given, each in its own transaction (see ingestFile), handing each report
 * to `onReport` as it finishes; returns them in the order given. Two files that may share a layout
 * never load at the same time: a corrected version of a source must land after the earlier one.
 */
export async function ingestFiles(
  db: Database,
  files: readonly string[],
  options: IngestOptions & { filesAtOnce?: number },
  onReport: (report: FileReport) => void = () => undefined,
): Promise<FileReport[]> {
  const atOnce = options.filesAtOnce ?? (db.engine === 'postgres' ? POSTGRES_FILES_AT_ONCE : 1);
  const named = files.map((path) => ({ path, layouts: layoutsOf(path, options) }));
  return runInOrder(
    named,
    { atOnce, conflict: (a, b) => overlap(a.layouts, b.layouts) },
    async ({ path }) => {
      const report = await ingestFile(db, path, options);
      onReport(report);
      return report;
    },
  );
}

/** The layouts a file may turn out to be, from its name; null when only its header can tell. */
type LayoutsOf = ReadonlySet<string> | null;

function layoutsOf(path: string, options: IngestOptions): LayoutsOf {
  if (options.profile) return new Set([options.profile.profile.id]);
  const named = profilesByName(path, options.profiles);
  return named.length > 0 ? new Set(named.map((candidate) => candidate.profile.id)) : null;
}

function overlap(a: LayoutsOf, b: LayoutsOf): boolean {
  if (a === null || b === null) return true;
  for (const layout of a) if (b.has(layout)) return true;
  return false;
}
