import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.25, 1.8, 3];
const EXPORTERS: readonly CountryCode[] = ['PE', 'CO', 'BO'];

/** Country pairs where the importer reports far more gold than the Andean exporter declared (smuggled gold). */
export function plantMirrorTradeGap(ctx: PlantContext): void {
  const years = [...new Set(ctx.world.months.map((m) => m.year))];
  INTENSITIES.forEach((intensity, i) => {
    const exporter = EXPORTERS[i] ?? 'PE';
    // Partners by how many of the country's exporters ship there, the busiest first: a gap is planted
    // on a trade large enough to matter, not on whichever partner sorts first (a pair of a few
    // million dollars a year holds no gap past the catalogue's materiality floor).
    const shipping = new Map<string, number>();
    for (const trader of ctx.world.tradersOf(exporter, 'EXPORTER'))
      for (const { country } of trader.destinations) shipping.set(country, (shipping.get(country) ?? 0) + 1);
    const partners = [...shipping]
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([country]) => country);
    const importer = partners[i % Math.max(partners.length, 1)];
    const year = years[i % years.length];
    if (importer === undefined || year === undefined) return;
    const factor = FACTORS[i] ?? 2;
    ctx.world.mirrorGaps.push({ exporter, importer, year, factor });
    const from = ctx.world.months.findIndex((m) => m.year === year);
    const to =
      ctx.world.months.length - 1 - [...ctx.world.months].reverse().findIndex((m) => m.year === year);
    ctx.record(
      'MIRROR_TRADE_GAP',
      { from, to },
      [exporter, importer],
      intensity,
      `${importer} reports ${factor}x the gold value and weight ${exporter} declared exporting to it in ${year}.`,
    );
  });
}
