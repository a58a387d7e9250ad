import type { Logger } from '../core/logger.js';
import { silentLogger } from '../core/logger.js';
import type { Database } from '../store/engine/database.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import type { Month } from '../simulate/calendar.js';

/** What the demo builds: the simulated months and where the files go. */
export interface DemoOptions {
  /** The folder the simulated national files are written to. */
  readonly filesDir: string;
  readonly seed?: number;
  readonly from?: Month;
  readonly to?: Month;
  readonly logger?: Logger;
  /** Told when each stage starts, e.g. to print "Ingesting…". */
  readonly onStage?: (stage: DemoStage) => void;
}

export const DEMO_STAGES = ['migrate', 'simulate', 'ingest', 'resolve', 'detect', 'score'] as const;
/** The demo's steps, in order. */
export type DemoStage = (typeof DEMO_STAGES)[number];

/** What the demo pipeline did, with each stage's time. */
export interface DemoSummary {
  readonly files: number;
  readonly rows: number;
  readonly rejected: number;
  readonly entities: number;
  readonly alerts: number;
  readonly seconds: Readonly<Record<DemoStage, number>>;
}

/** The demo's default span: the three years the simulator's schemes are planted in. */
export const DEMO_FROM: Month = { year: 2022, month: 1 };
export const DEMO_TO: Month = { year: 2024, month: 12 };

/**
 * Builds the demo region end to end on `db`, calling the same modules as the CLI commands:
 * simulate the small region, ingest every file, check mining-right boundaries, resolve entities,
 * run the detectors and score risk. Heavy modules are loaded here, on use, as the CLI does.
 */
export async function runDemoPipeline(db: Database, options: DemoOptions): Promise<DemoSummary> {
  const logger = options.logger ?? silentLogger();
  const seconds: Record<DemoStage, number> = {
    migrate: 0,
    simulate: 0,
    ingest: 0,
    resolve: 0,
    detect: 0,
    score: 0,
  };
  const timed = async <T>(stage: DemoStage, work: () => Promise<T>): Promise<T> => {
    options.onStage?.(stage);
    const started = performance.now();
    try {
      return await work();
    } finally {
      seconds[stage] = (performance.now() - started) / 1000;
    }
  };

  await timed('migrate', async () => migrate(db, await loadMigrations()));
  const simulation = await timed('simulate', async () => {
    const { simulateRegion } = await import('../simulate/simulate.js');
    return simulateRegion({
      seed: options.seed ?? 1,
      scale: 'small',
      from: options.from ?? DEMO_FROM,
      to: options.to ?? DEMO_TO,
      outDir: options.filesDir,
    });
  });
  const ingested = await timed('ingest', async () => {
    const { ingestFolder } = await import('../ingest/pipeline/ingest-folder.js');
    return ingestFolder(db, options.filesDir, logger);
  });
  const resolution = await timed('resolve', async () => {
    const { runFullResolution } = await import('../resolve/run-resolution.js');
    return runFullResolution(db);
  });
  const runs = await timed('detect', async () => {
    const { runDetection } = await import('../detect/run-detection.js');
    const { builtinCatalogue } = await import('../detect/catalogue/catalogue.js');
    const { detectionRules } = await import('../rules/rulebook-thresholds.js');
    return runDetection(db, detectionRules(builtinCatalogue(), new Date().toISOString().slice(0, 10)));
  });
  await timed('score', async () => {
    const { loadRiskWeights } = await import('../risk/risk-weights.js');
    const { runScoring } = await import('../risk/run-scoring.js');
    return runScoring(db, { weights: loadRiskWeights() });
  });
  return {
    files: simulation.files.length,
    rows: ingested.rows,
    rejected: ingested.rejected,
    entities: resolution.entities,
    alerts: runs.reduce((sum, run) => sum + run.alerts, 0),
    seconds,
  };
}
