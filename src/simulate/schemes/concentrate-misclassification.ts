import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const MONTHS = [2, 5, 10];
const COUNTRIES: readonly CountryCode[] = ['PE', 'EC', 'PE'];

/** Exporters declaring gold doré as precious-metal concentrate (HS 2616) with a token grade; assays show doré. */
export function plantConcentrateMisclassification(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const exporter = ctx.newBuyer(COUNTRIES[i] ?? 'PE', 'EXPORTER', 3);
    const window = ctx.window(MONTHS[i] ?? 4);
    exporter.exporterEffects.misclassified = window;
    ctx.record(
      'CONCENTRATE_MISCLASSIFICATION',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      'Exports declared under HS 2616 (precious-metal concentrate) at a grade below 0.1 thousandths and concentrate value; the lab assays of the same lots show doré.',
    );
  });
}
