import type { Database } from '../../store/engine/database.js';

/**
 * What a hub does once records arrived: resolve entities across what every node sent and run the
 * catalogue under the rules in force on `day`, as `veta resolve` and `veta detect` would.
 */
export async function analyseArrivals(
  db: Database,
  day: string,
): Promise<{ entities: number; alerts: number }> {
  const { runFullResolution } = await import('../../resolve/run-resolution.js');
  const resolution = await runFullResolution(db);
  const { runDetection } = await import('../../detect/run-detection.js');
  const { builtinCatalogue } = await import('../../detect/catalogue/catalogue.js');
  const { detectionRules } = await import('../../rules/rulebook-thresholds.js');
  const runs = await runDetection(db, detectionRules(builtinCatalogue(), day));
  return { entities: resolution.entities, alerts: runs.reduce((sum, run) => sum + run.alerts, 0) };
}
