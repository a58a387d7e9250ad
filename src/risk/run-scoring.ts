import { severitiesFrom } from '../core/severity.js';
import { sqlText } from '../core/sql-text.js';
import { VetaError } from '../core/veta-error.js';
import type { Database } from '../store/engine/database.js';
import { riskRepository } from '../store/risk/risk-repository.js';
import { RISK_KINDS, type RiskKind } from './risk-weights-schema.js';
import type { LoadedWeights } from './risk-weights.js';

/** How a scoring run is made. */
export interface ScoringOptions {
  weights: LoadedWeights;
  /** The day alert recency is measured from (YYYY-MM-DD); the end of the latest alert period by default. */
  asOf?: string | undefined;
  /** When the run counts as made; now by default (tests pass a day to build a history of runs). */
  now?: Date | undefined;
}

/** What a run stored. */
export interface ScoringRun {
  runId: number;
  asOf: string;
  weightsSource: string;
  /** Subjects scored (with any evidence at all), by kind. */
  subjects: Record<RiskKind, number>;
  durationMs: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Scores every subject with evidence and stores the scores as a new run, in one transaction: the
 * evidence is gathered in SQL where the data lives (evidence/*.sql), then combined (combine-scores.sql).
 */
export async function runScoring(db: Database, options: ScoringOptions): Promise<ScoringRun> {
  if (options.asOf !== undefined && !DAY.test(options.asOf))
    throw new VetaError('USAGE', `The as-of day "${options.asOf}" is not a date; write it as YYYY-MM-DD.`);
  const started = performance.now();
  const startedAt = options.now ?? new Date();
  const { weights, source } = options.weights;
  const weightsJson = JSON.stringify(weights);
  return db.transaction(async (tx) => {
    const asOf =
      options.asOf ?? (await riskRepository.latestAlertDay(tx)) ?? startedAt.toISOString().slice(0, 10);
    const runId = await riskRepository.createRun(tx, { startedAt, asOf, weights, weightsSource: source });
    await tx.exec(sqlText('risk/evidence/evidence-tables.sql'));
    await tx.query(sqlText('risk/evidence/alert-values.sql'), [weightsJson, asOf]);
    await tx.query(sqlText('risk/evidence/failing-identifiers.sql'));
    await tx.query(sqlText('risk/evidence/purchase-signals.sql'), [severitiesFrom('high')]);
    for (const kind of RISK_KINDS)
      await tx.query(sqlText(`risk/evidence/${kind}-evidence.sql`), [weightsJson]);
    await tx.query(sqlText('risk/combine-scores.sql'), [runId, weights.repeatDecay]);
    const durationMs = Math.round(performance.now() - started);
    const counts = await riskRepository.finishRun(tx, runId, new Date(startedAt.getTime() + durationMs));
    const subjects = Object.fromEntries(RISK_KINDS.map((kind) => [kind, counts[kind] ?? 0])) as Record<
      RiskKind,
      number
    >;
    return { runId, asOf, weightsSource: source, subjects, durationMs };
  });
}
