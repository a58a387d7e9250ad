import type { Queryable } from '../../store/engine/database.js';
import { buildGraph } from './build-graph.js';
import { networkMetrics, type NetworkMetrics } from './metrics.js';

/** The metrics with the time each step took, so a run on a large region shows its cost. */
export interface NetworkReport extends NetworkMetrics {
  timings: { loadMs: number; metricsMs: number };
}

/** Loads the party graph and measures its brokers, hubs and communities. */
export async function networkReport(
  db: Queryable,
  options: { top?: number; minTradeKg?: number } = {},
): Promise<NetworkReport> {
  const started = performance.now();
  const graph = await buildGraph(db);
  const loaded = performance.now();
  const metrics = networkMetrics(graph, options);
  return {
    ...metrics,
    timings: { loadMs: Math.round(loaded - started), metricsMs: Math.round(performance.now() - loaded) },
  };
}
