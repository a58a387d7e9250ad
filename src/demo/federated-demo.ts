import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REGION_COUNTRIES } from '@veta/standard';
import type { Logger } from '../core/logger.js';
import type { Database } from '../store/engine/database.js';
import { openDatabase } from '../store/engine/open-database.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { READY_FILE, readySummary } from './demo-folder.js';
import { DEMO_FROM, DEMO_TO } from './demo-pipeline.js';
import { ensureDemoUser } from './demo-user.js';

/** What the federated demo built: each node's load and share, and the hub's findings. */
export interface FederatedDemoSummary {
  readonly nodes: readonly { node: string; rows: number; envelopes: number }[];
  readonly envelopesApplied: number;
  readonly entities: number;
  readonly alerts: number;
}

/** The hub of an opened federated demo, and whether an earlier run built it. */
export interface PreparedFederatedDemo {
  readonly db: Database;
  readonly summary: FederatedDemoSummary;
  readonly reused: boolean;
}

/**
 * Opens the federated demo in `dir`/federated: the small region simulated, one node per country,
 * each sharing with the hub under its example agreement (bundle files), and the hub's database,
 * which the demo serves. Built unless an earlier run finished building it.
 */
export async function prepareFederatedDemo(
  dirPath: string,
  options: { rebuild?: boolean; logger?: Logger; onStage?: (message: string) => void } = {},
): Promise<PreparedFederatedDemo> {
  const dir = join(resolve(dirPath), 'federated');
  const hubDir = join(dir, 'fed', 'hub');
  const ready = options.rebuild === true ? null : (readySummary(dir) as FederatedDemoSummary | null);
  let summary = ready;
  if (summary === null) {
    // A folder left half-built by an interrupted run has no ready.json: built again from scratch.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    summary = await buildFederation(dir, options);
    writeFileSync(join(dir, READY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  }
  const db = await openDatabase({ engine: 'pglite', dataDir: hubDir });
  try {
    await migrate(db, await loadMigrations());
    await ensureDemoUser(db);
    return { db, summary, reused: ready !== null };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The day the demo's nodes share on: one on which every example agreement is in force (Ecuador's
 * pilot ends in February 2027), so the demo shows the same federation whatever the calendar says.
 */
export const FEDERATED_DEMO_DAY = '2026-06-30';

async function buildFederation(
  dir: string,
  options: { logger?: Logger; onStage?: (message: string) => void },
): Promise<FederatedDemoSummary> {
  const region = join(dir, 'region');
  options.onStage?.('simulating the small region');
  const { simulateRegion } = await import('../simulate/simulate.js');
  await simulateRegion({ seed: 1, scale: 'small', from: DEMO_FROM, to: DEMO_TO, outDir: region });
  const { federationUp } = await import('../federation/up/federation-up.js');
  const federation = await federationUp({
    region,
    nodes: REGION_COUNTRIES,
    out: join(dir, 'fed'),
    transport: { files: true },
    day: FEDERATED_DEMO_DAY,
    logger: options.logger,
    onStage: options.onStage,
  });
  return {
    nodes: federation.nodes.map(({ node, rows, envelopes }) => ({ node, rows, envelopes })),
    envelopesApplied: federation.hub.received.applied,
    entities: federation.hub.entities,
    alerts: federation.hub.alerts,
  };
}
