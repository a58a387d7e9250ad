import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.15, 1.6, 3];
const COUNTRIES: readonly CountryCode[] = ['PE', 'CO', 'BO'];

/** Exporters that ship more fine gold than they bought or produced: unbacked gold enters the chain at export. */
export function plantProductionExportGap(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const country = COUNTRIES[i] ?? 'PE';
    const factor = FACTORS[i] ?? 2;
    const exporter = ctx.newBuyer(country, 'EXPORTER', 4);
    const window = ctx.window(ctx.rng.int(6, 14));
    exporter.exporterEffects.extraExports = { ...window, factor };
    ctx.record(
      'PRODUCTION_EXPORT_GAP',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      `Exporter ships ${factor}x the fine gold it bought each month; the excess has no declared production behind it.`,
    );
  });
}
