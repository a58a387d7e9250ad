import { shipmentsFor } from '../flows/exports.js';
import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.25, 1.8, 3];
const EXPORTERS: readonly CountryCode[] = ['PE', 'CO', 'BO'];

/** Country pairs where the importer reports far more gold than the Andean exporter declared (smuggled gold). */
export function plantMirrorTradeGap(ctx: PlantContext): void {
  const years = [...new Set(ctx.world.months.map((m) => m.year))];
  INTENSITIES.forEach((intensity, i) => {
    const exporter = EXPORTERS[i] ?? 'PE';
    // The partner the country's exporters ship the most gold to: a gap is planted on a trade large
    // enough to matter, not on whichever partner sorts first (a pair of a few million dollars a year
    // holds no gap past the catalogue's materiality floor, and a partner only an unsupplied exporter
    // ships to holds none at all). Each intensity has its own exporting country.
    const importer = partnersBySupply(ctx, exporter)[0];
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

/**
 * The partners of a country's exporters, ordered by the mine output that reaches them: a mine that
 * exports its own sends all of it, another splits its grams evenly over its buyers, a trader over
 * the exporters it sells to; an exporter ships a month's gold in lots, one destination after the
 * other (exports.ts), so a small exporter's gold all goes to its first.
 */
function partnersBySupply(ctx: PlantContext, country: CountryCode): string[] {
  const exporters = ctx.world.tradersOf(country, 'EXPORTER');
  const supply = new Map<string, number>();
  const add = (exporterId: string, grams: number): void => {
    supply.set(exporterId, (supply.get(exporterId) ?? 0) + grams);
  };
  for (const right of ctx.world.rights) {
    if (right.country !== country || !right.mine) continue;
    if (right.mine.exporterId) add(right.mine.exporterId, right.mine.monthlyFineG);
    const buyers = right.mine.buyerIds;
    const each = right.mine.monthlyFineG / Math.max(buyers.length, 1);
    for (const buyerId of buyers) {
      const buyer = ctx.world.trader(buyerId);
      if (buyer.kind === 'EXPORTER') add(buyerId, each);
      else for (const exporterId of buyer.exporterIds) add(exporterId, each / buyer.exporterIds.length);
    }
  }
  const grams = new Map<string, number>();
  for (const exporter of exporters) {
    const monthly = supply.get(exporter.orgId) ?? 0;
    const lots = shipmentsFor(monthly);
    for (let lot = 0; lot < lots; lot++) {
      const partner = exporter.destinations[lot % exporter.destinations.length]?.country;
      if (partner !== undefined) grams.set(partner, (grams.get(partner) ?? 0) + monthly / lots);
    }
  }
  return [...grams]
    .filter(([, reached]) => reached > 0)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([partner]) => partner);
}
