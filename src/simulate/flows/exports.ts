import { dayOf } from '../calendar.js';
import { round } from '../world/prices.js';
import type { Trader } from '../world/types.js';
import { writeAssay } from './assays.js';
import { writeCustoms, type Shipment } from './customs.js';
import { inWindow, type Lot, type MonthContext } from './month-context.js';
import { runBuyerSchemes } from './traders.js';

const GRAMS_PER_SHIPMENT = 40_000;
const MAX_SHIPMENTS = 20;

/** How many shipments carry a month's gold lot of `fineG` grams, each to the next destination. */
export function shipmentsFor(fineG: number): number {
  return Math.min(MAX_SHIPMENTS, Math.max(1, Math.ceil(fineG / GRAMS_PER_SHIPMENT)));
}

/** Ships every exporter's stock of the month abroad, declaring it in the country's customs file. */
export function runExporters(ctx: MonthContext, country: string): void {
  for (const trader of ctx.e.world.tradersOf(country, 'EXPORTER')) {
    runBuyerSchemes(ctx, trader);
    for (const metal of ['AU', 'SN', 'ZN', 'CU'] as const) {
      const lot = ctx.stocks.take(trader.orgId, metal);
      if (metal === 'AU') applyExportSchemes(ctx, trader, lot);
      if (lot.fineG > 0) ship(ctx, trader, metal, lot);
    }
  }
}

function applyExportSchemes(ctx: MonthContext, trader: Trader, lot: Lot): void {
  const effects = trader.exporterEffects;
  const ratio = lot.fineG > 0 ? lot.grossG / lot.fineG : 1 / 0.9;
  if (inWindow(effects.extraExports, ctx.index)) {
    lot.fineG *= effects.extraExports.factor;
    lot.grossG *= effects.extraExports.factor;
  }
  if (inWindow(effects.surge, ctx.index)) {
    const grams = effects.surge.gramsPerMonth * ctx.rng.spread(0.1);
    lot.fineG += grams;
    lot.grossG += grams * ratio;
  }
}

function ship(ctx: MonthContext, trader: Trader, metal: Shipment['metal'], lot: Lot): void {
  const count = metal === 'AU' ? shipmentsFor(lot.fineG) : 1;
  // Concentrates go to Chinese smelters whatever the exporter's gold destinations.
  const smelter = ctx.e.world.refiners.find((r) => r.country === 'CN');
  const destinations =
    metal === 'AU' ? trader.destinations : [{ country: 'CN', refinerId: smelter?.id ?? '' }];
  for (let i = 0; i < count; i++) {
    const destination = destinations[i % destinations.length];
    if (!destination) return;
    const shipment: Shipment = {
      trader,
      metal,
      day: dayOf(ctx.month, ctx.rng.int(1, 28)),
      destination: destination.country,
      refiner: ctx.e.world.org(destination.refinerId),
      fineG: lot.fineG / count,
      grossG: lot.grossG / count,
      fobShare: ctx.rng.between(0.985, 0.997),
      place: lot.place,
    };
    const declared = writeCustoms(ctx, shipment);
    assayShipment(ctx, trader, shipment, declared);
  }
}

// Lots of single origin are sampled now and then; lots under an assay or classification scheme always.
function assayShipment(ctx: MonthContext, trader: Trader, s: Shipment, lotRef: string): void {
  const effects = trader.exporterEffects;
  const forced = inWindow(effects.assayShortfall, ctx.index) || inWindow(effects.misclassified, ctx.index);
  if (s.metal !== 'AU' || (!forced && !(s.place && ctx.rng.chance(0.05)))) return;
  writeAssay(ctx, trader.country, lotRef, {
    fineness: round(s.fineG / s.grossG, 4),
    metal: 'AU',
    ...(s.place ? { place: s.place } : {}),
  });
}
