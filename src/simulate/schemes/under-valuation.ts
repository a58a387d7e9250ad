import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [0.85, 0.7, 0.45];
const COUNTRIES: readonly CountryCode[] = ['PE', 'EC', 'CO'];

/** Exporters declaring a FOB value well below the fine gold's value at the reference price. */
export function plantUnderValuation(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const exporter = ctx.newBuyer(COUNTRIES[i] ?? 'PE', 'EXPORTER', 4);
    const factor = FACTORS[i] ?? 0.6;
    const window = ctx.window(ctx.rng.int(6, 12));
    exporter.exporterEffects.underValuation = { ...window, factor };
    ctx.record(
      'UNDER_VALUATION',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      `Exporter declares FOB at about ${Math.round(factor * 100)} % of the usual value of its fine gold.`,
    );
  });
}
