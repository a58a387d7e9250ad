import { addMonths, keptDayOf } from '../calendar.js';
import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const GRAMS = [15_000, 60_000, 200_000];
const COUNTRIES: readonly CountryCode[] = ['PE', 'CO', 'BO'];

/** Newly registered exporters that go from nothing to large monthly gold exports. */
export function plantExporterSurge(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const country = COUNTRIES[i] ?? 'PE';
    // At least six months of shipping: a surge is a level kept up, not one month's lot.
    const start = ctx.rng.int(Math.min(12, ctx.world.lastMonth - 5), Math.max(0, ctx.world.lastMonth - 5));
    const window = { from: start, to: ctx.world.lastMonth };
    const first = ctx.world.months[start] ?? { year: 2023, month: 1 };
    const registered = keptDayOf(addMonths(first, -ctx.rng.int(2, 4)), ctx.rng.int(1, 28));
    const exporter = ctx.newUnsuppliedExporter(country, registered);
    const grams = GRAMS[i] ?? 50_000;
    exporter.exporterEffects.surge = { ...window, gramsPerMonth: grams };
    const subjects = [ctx.partyId(ctx.world.org(exporter.orgId))];
    const network = `SURGE-${i + 1}`;
    ctx.record(
      'EXPORTER_SURGE',
      window,
      subjects,
      intensity,
      `Exporter registered a few months earlier ships about ${grams / 1000} kg of gold a month from its first export.`,
      { network },
    );
    ctx.record(
      'PRODUCTION_EXPORT_GAP',
      window,
      subjects,
      intensity,
      'The surging exporter buys no gold: its exports have no declared production behind them.',
      { network },
    );
  });
}
