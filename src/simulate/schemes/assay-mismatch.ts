import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [0.95, 0.8, 0.55];
const COUNTRIES: readonly CountryCode[] = ['PE', 'EC', 'BO'];

/** Exporters declaring a lower fineness than the lab assay of the same lot finds. */
export function plantAssayMismatch(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const exporter = ctx.newBuyer(COUNTRIES[i] ?? 'PE', 'EXPORTER', 3);
    const factor = FACTORS[i] ?? 0.8;
    const window = ctx.window(ctx.rng.int(4, 9));
    exporter.exporterEffects.assayShortfall = { ...window, factor };
    ctx.record(
      'ASSAY_MISMATCH',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      `Declared fineness is ${Math.round(factor * 100)} % of what the lab assay of each lot finds (fine content under-declared).`,
    );
  });
}
