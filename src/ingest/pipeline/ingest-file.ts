import type { QualityFlag } from '@veta/standard';
import type { Logger } from '../../core/logger.js';
import { silentProgress, type Progress } from '../../core/progress.js';
import { isVetaError } from '../../core/veta-error.js';
import type { Database, Queryable } from '../../store/database.js';
import { provenanceRepository as provenance } from '../../store/provenance-repository.js';
import { recordRepository, type StagedLine } from '../../store/record-repository.js';
import { mapRow, type ProvenanceBase } from '../mapping/map-row.js';
import { findProfile, type LoadedProfile } from '../profiles/load-profiles.js';
import { emptyReport, type FileReport } from './file-report.js';
import { identifyFile, type FileIdentity } from './file-identity.js';
import { openForced, profilesByName, recogniseFile, type RecognisedFile } from './recognise.js';

export interface IngestOptions {
  profiles: readonly LoadedProfile[];
  /** A profile id that overrides recognition. */
  profileId?: string | undefined;
  /** Read, map and check everything, then roll back. */
  dryRun?: boolean;
  /** yyyy-mm-dd: dates after it are flagged. Today by default. */
  today?: string;
  progress?: (label: string, totalBytes: number) => Progress;
  logger: Logger;
}

class DryRunRollback extends Error {}

/**
 * Loads one file in one transaction: it is stored whole or not at all, every row is accounted for
 * (accepted, or quarantined with its reason), and the same bytes loaded again change nothing.
 */
export async function ingestFile(db: Database, path: string, options: IngestOptions): Promise<FileReport> {
  const started = performance.now();
  let report = emptyReport(path, path.split('/').at(-1) ?? path);
  let opened: RecognisedFile | undefined;
  let identity: FileIdentity | undefined;
  try {
    identity = await identifyFile(path);
    report = { ...report, sha256: identity.sha256 };
    const forced = options.profileId ? findProfile(options.profiles, options.profileId) : undefined;
    const named = forced ? [forced] : profilesByName(path, options.profiles);
    // Known before the file is opened, so a file that then fails is recorded against its layout.
    if (named.length === 1) report.layout = named[0]?.profile.id ?? null;
    opened = forced ? await openForced(path, forced) : await recogniseFile(path, options.profiles);
    report.layout = opened.profile.profile.id;
    const loaded = await provenance.findLoadedBatch(db, identity.sha256);
    if (loaded) {
      opened.source.close();
      const message = `already loaded as batch ${loaded.id} on ${loaded.finishedAt.toISOString().slice(0, 10)}: nothing to do.`;
      return { ...report, status: 'skipped', batchId: loaded.id, message };
    }
    options.logger.info(
      { file: identity.name, layout: report.layout, sha256: identity.sha256 },
      'loading file',
    );
    report = await load(db, identity, opened, options, report);
  } catch (error) {
    opened?.source.close();
    report = await recordFailure(db, report, identity, error, options);
  }
  const durationMs = performance.now() - started;
  const rowsPerSecond = durationMs > 0 ? Math.round(report.rowsRead / (durationMs / 1000)) : 0;
  options.logger.info({ file: report.file, status: report.status, rows: report.rowsRead }, 'file ingested');
  return { ...report, durationMs: Math.round(durationMs), rowsPerSecond };
}

async function load(
  db: Database,
  identity: FileIdentity,
  opened: RecognisedFile,
  options: IngestOptions,
  initial: FileReport,
): Promise<FileReport> {
  let result: FileReport = initial;
  const layout = opened.profile.profile.id;
  try {
    await db.transaction(async (tx) => {
      const { file } = await provenance.recordSourceFile(tx, { ...identity, layout });
      const batchId = await provenance.startBatch(tx, file.id, layout);
      const counter = new RowCounter();
      await recordRepository.createStage(tx);
      const base: ProvenanceBase = {
        sourceFile: { name: identity.name, sha256: identity.sha256 },
        batchId: String(batchId),
      };
      const progress = options.progress?.(identity.name, identity.sizeBytes) ?? silentProgress;
      await recordRepository.stage(tx, stageLines(opened, base, options.today ?? today(), counter, progress));
      progress.done();
      const applied = await recordRepository.applyStage(tx, { id: batchId, sourceFileId: file.id, layout });
      result = {
        ...initial,
        status: options.dryRun === true ? 'dry-run' : 'loaded',
        batchId: options.dryRun === true ? null : batchId,
        rowsRead: counter.rowsRead,
        rowsAccepted: counter.rowsRead - applied.rowsRejected,
        rowsRejected: applied.rowsRejected,
        rowsFlagged: counter.rowsFlagged,
        rejectedByCode: applied.rejectedByCode,
        flagsByCode: counter.flagsByCode,
        recordsByType: applied.recordsByType,
        recordsReplaced: applied.replaced,
      };
      await finish(tx, batchId, result);
      if (options.dryRun === true) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return result;
}

async function finish(tx: Queryable, batchId: number, report: FileReport): Promise<void> {
  const counts = {
    rowsRead: report.rowsRead,
    rowsAccepted: report.rowsAccepted,
    rowsRejected: report.rowsRejected,
    rowsFlagged: report.rowsFlagged,
  };
  await provenance.finishBatch(tx, batchId, counts, report);
}

/** Counts rows and flags as they stream past, so the report needs no second pass. */
class RowCounter {
  rowsRead = 0;
  rowsFlagged = 0;
  flagsByCode: Record<string, number> = {};

  countFlags(flags: readonly QualityFlag[]): void {
    if (flags.length > 0) this.rowsFlagged += 1;
    // By row: one bad RUC flags the purchase and its seller, but it is one problem in the file.
    for (const code of new Set(flags.map((flag) => flag.code)))
      this.flagsByCode[code] = (this.flagsByCode[code] ?? 0) + 1;
  }
}

async function* stageLines(
  opened: RecognisedFile,
  base: ProvenanceBase,
  todayIso: string,
  counter: RowCounter,
  progress: Progress,
): AsyncGenerator<StagedLine> {
  for await (const row of opened.source.rows) {
    counter.rowsRead += 1;
    if (counter.rowsRead % 1000 === 0) progress.update(opened.source.bytesRead());
    const mapped = mapRow(opened.profile, row, base, todayIso);
    for (const problem of mapped.problems) {
      yield {
        recordType: null,
        id: null,
        primary: false,
        rowNumber: row.rowNumber,
        body: null,
        flags: [],
        raw: row.values,
        problem,
      };
    }
    counter.countFlags(mapped.records.flatMap((record) => record.flags));
    for (const [index, record] of mapped.records.entries()) {
      const line = { recordType: record.type, id: record.id, primary: index === 0, rowNumber: row.rowNumber };
      yield { ...line, body: record.body, flags: record.flags, raw: row.values, problem: null };
    }
  }
  progress.update(opened.source.bytesRead());
}

async function recordFailure(
  db: Database,
  report: FileReport,
  identity: FileIdentity | undefined,
  error: unknown,
  options: IngestOptions,
): Promise<FileReport> {
  if (!isVetaError(error))
    options.logger.error({ err: error, file: report.file }, 'ingest failed unexpectedly');
  const failure = isVetaError(error)
    ? { code: error.code, message: error.message }
    : {
        code: 'INTERNAL',
        message: `${report.file} could not be loaded: ${error instanceof Error ? error.message : String(error)}. Nothing was stored; run again with --log-level debug and report it.`,
      };
  // A failed load stores nothing of the file's rows, but the failure itself is kept for the record.
  if (report.layout !== null && identity !== undefined && options.dryRun !== true) {
    const layout = report.layout;
    const known = identity;
    await db.transaction(async (tx) => {
      const { file } = await provenance.recordSourceFile(tx, { ...known, layout });
      const batchId = await provenance.startBatch(tx, file.id, layout);
      await provenance.failBatch(tx, batchId, failure);
    });
  }
  return { ...report, status: 'failed', rowsAccepted: 0, rowsRejected: 0, recordsByType: {}, error: failure };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
