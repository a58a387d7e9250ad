import { basename } from 'node:path';
import type { Scope } from '../../store/scope/scope.js';
import type { Logger } from '../../core/logger.js';
import { silentProgress, type Progress } from '../../core/progress.js';
import { isVetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { provenanceRepository as provenance } from '../../store/records/provenance-repository.js';
import { recordRepository } from '../../store/records/record-repository.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';
import { readLimitsFrom, type ReadLimits } from '../readers/read-limits.js';
import { emptyReport, type FileReport } from './file-report.js';
import { identifyFile, type FileIdentity } from './file-identity.js';
import { refuseOutOfScope } from './layout-scope.js';
import { mappingThreads } from './map-pool.js';
import { openChecked, profilesByName, recogniseFile, type RecognisedFile } from './recognise.js';
import { readInWorker } from './read-isolated.js';
import { RowCounter, stageLines } from './stage-lines.js';
import { unforeseenFailure } from './unforeseen-failure.js';

export interface IngestOptions {
  profiles: readonly LoadedProfile[];
  /** A profile that overrides recognition. */
  profile?: LoadedProfile | undefined;
  /** Read, map and check everything, then roll back. */
  dryRun?: boolean;
  /** yyyy-mm-dd: dates after it are flagged. Today (local time) by default. */
  today?: string;
  progress?: (label: string, totalBytes: number) => Progress;
  /**
   * Map rows in worker threads. By default for files of 1 MB or more, where the threads' start pays.
   */
  threads?: boolean;
  /**
   * What a file may make the process hold (read-limits.ts). By default the bounds set in the
   * environment (VETA_MAX_* variables), so the server and the CLI follow the same settings.
   */
  limits?: ReadLimits;
  /**
   * Read the file to its end in a worker thread with a heap ceiling before loading it, so that a
   * file that would exhaust memory fails alone and the process (a server) goes on.
   */
  isolateReading?: boolean;
  logger: Logger;
  /**
   * Load the file even if these bytes were loaded before, as a new batch whose records replace the
   * later versions' by natural key: how an earlier version is deliberately restored.
   */
  force?: boolean;
  /** Load only layouts of this scope's countries (an uploader's): other files fail and store nothing. */
  scope?: Scope;
}

class DryRunRollback extends Error {}

const THREADS_FROM_BYTES = 1024 * 1024;

/**
 * Loads one file in one transaction: it is stored whole or not at all, every row is accounted for
 * (accepted, or quarantined with its reason), and the same bytes loaded again change nothing.
 */
export async function ingestFile(db: Database, path: string, options: IngestOptions): Promise<FileReport> {
  const started = performance.now();
  let report = emptyReport(path, basename(path));
  let opened: RecognisedFile | undefined;
  let identity: FileIdentity | undefined;
  try {
    const limits = options.limits ?? readLimitsFrom(process.env);
    identity = await identifyFile(path);
    report = { ...report, sha256: identity.sha256 };
    const named = options.profile ? [options.profile] : profilesByName(path, options.profiles);
    // Known before the file is opened, so a file that then fails is recorded against its layout.
    if (named.length === 1) report.layout = named[0]?.profile.id ?? null;
    if (options.scope) refuseOutOfScope(named, options.scope);
    // The thread that read the file through has recognised it already: open with that layout
    // rather than try every profile again (for an XLSX, a walk of the whole workbook each).
    const known =
      options.isolateReading === true
        ? layoutNamed(
            await readInWorker(path, options, limits),
            options.profile ? [options.profile] : options.profiles,
          )
        : options.profile;
    opened = known
      ? await openChecked(path, [known], limits)
      : await recogniseFile(path, options.profiles, limits);
    report.layout = opened.profile.profile.id;
    if (options.scope) refuseOutOfScope([opened.profile], options.scope);
    options.logger.info(
      { file: identity.name, layout: report.layout, sha256: identity.sha256 },
      'loading file',
    );
    report = await load(db, identity, opened, { ...options, limits }, report, started);
  } catch (error) {
    report = await recordFailure(db, report, identity, error, options);
  } finally {
    opened?.source.close();
  }
  options.logger.info({ file: report.file, status: report.status, rows: report.rowsRead }, 'file ingested');
  return timed(report, started);
}

function timed(report: FileReport, started: number): FileReport {
  const durationMs = Math.round(performance.now() - started);
  const rowsPerSecond = durationMs > 0 ? Math.round(report.rowsRead / (durationMs / 1000)) : 0;
  return { ...report, durationMs, rowsPerSecond };
}

async function load(
  db: Database,
  identity: FileIdentity,
  opened: RecognisedFile,
  options: IngestOptions & { limits: ReadLimits },
  initial: FileReport,
  started: number,
): Promise<FileReport> {
  let result: FileReport = initial;
  const layout = opened.profile.profile.id;
  try {
    await db.transaction(async (tx) => {
      // One load per layout at a time, and the check for these bytes inside it: two processes
      // given the same file cannot both load it, nor trip on each other's keys.
      await provenance.lockLayout(tx, layout);
      const loaded =
        options.force === true ? undefined : await provenance.findLoadedBatch(tx, identity.sha256);
      if (loaded) {
        result = { ...initial, status: 'skipped', batchId: loaded.id, message: alreadyLoaded(loaded) };
        return;
      }
      const { file } = await provenance.recordSourceFile(tx, { ...identity, layout });
      const batchId = await provenance.startBatch(tx, file.id, layout);
      const counter = new RowCounter();
      await recordRepository.createStage(tx);
      const context = { today: options.today ?? localToday(), file: identity.name, limits: options.limits };
      // A thread's start pays from about a megabyte of file on. On PGlite, whose database shares
      // the process, the thread's heap used to take an ingest past 512 MB; under the 1 GB ceiling
      // of bin/veta.js, with the thread's own heap capped, it stays near 470 MB (medium scenario).
      const threaded = options.threads ?? identity.sizeBytes >= THREADS_FROM_BYTES;
      const threads = threaded ? mappingThreads(db.engine) : 0;
      const progress = options.progress?.(identity.name, identity.sizeBytes) ?? silentProgress;
      const stagingStarted = performance.now();
      let staged: number;
      try {
        staged = await recordRepository.stage(tx, stageLines(opened, context, counter, progress, threads));
      } finally {
        // Also when reading fails: a bar left behind would stand among the other files' bars.
        progress.done();
      }
      const applyStarted = performance.now();
      const applied = await recordRepository.applyStage(tx, { id: batchId, sourceFileId: file.id, layout });
      // Where a slow load spends its time: reading, mapping and COPY, or the set-based SQL after it.
      options.logger.debug(
        {
          file: identity.name,
          stagedLines: staged,
          stageMs: Math.round(applyStarted - stagingStarted),
          applyMs: Math.round(performance.now() - applyStarted),
        },
        'file staged and applied',
      );
      if (applied.duplicateRows > 0) counter.reject('DUPLICATE_KEY', applied.duplicateRows);
      result = timed(
        {
          ...initial,
          status: options.dryRun === true ? 'dry-run' : 'loaded',
          batchId: options.dryRun === true ? null : batchId,
          rowsRead: counter.rowsRead,
          rowsAccepted: counter.rowsRead - counter.rowsRejected,
          rowsRejected: counter.rowsRejected,
          rowsFlagged: counter.rowsFlagged,
          rejectedByCode: counter.rejectedByCode,
          flagsByCode: counter.flagsByCode,
          recordsByType: applied.recordsByType,
          recordsReplaced: applied.replaced,
        },
        started,
      );
      await provenance.finishBatch(tx, batchId, result, storedReport(result));
      if (options.dryRun === true) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return result;
}

async function recordFailure(
  db: Database,
  report: FileReport,
  identity: FileIdentity | undefined,
  error: unknown,
  options: IngestOptions,
): Promise<FileReport> {
  const shown =
    isVetaError(error) && error.code !== 'INTERNAL' ? error : unforeseenFailure(report.file, error);
  if (shown.code === 'INTERNAL')
    options.logger.error({ err: rootCause(error), file: report.file }, 'ingest failed unexpectedly');
  const failure = { code: shown.code, message: shown.message };
  // A failed load stores nothing of the file's rows, but the failure itself is kept for the record;
  // not a refusal for scope, whose batch would show the layout's country what an outsider sent.
  const refused = isVetaError(error) && error.code === 'LAYOUT_OUT_OF_SCOPE';
  if (!refused && report.layout !== null && identity !== undefined && options.dryRun !== true) {
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

/** What a file loaded before gets, with the way to load it again all the same. */
function alreadyLoaded(batch: { id: number; finishedAt: Date }): string {
  const day = batch.finishedAt.toISOString().slice(0, 10);
  return `already loaded as batch ${batch.id} on ${day}: nothing to do. To load it again, so that its records replace those of a later version, run "veta ingest --force" or tick "Load again" in the upload form.`;
}

/** The report as its batch keeps it: without the path, which is where the file was on one machine. */
function storedReport(report: FileReport): Record<string, unknown> {
  return Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'path'));
}

/** The profile of the layout the reading thread read the file as, among those it was given. */
function layoutNamed(layout: string, given: readonly LoadedProfile[]): LoadedProfile | undefined {
  return given.find((candidate) => candidate.profile.id === layout);
}

/** Today's date where Veta runs: an evening purchase in Lima is not dated tomorrow. */
function localToday(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What went wrong underneath a failure already put in the user's terms, for the log. */
function rootCause(error: unknown): unknown {
  return isVetaError(error, 'INTERNAL') && error.cause !== undefined ? error.cause : error;
}
