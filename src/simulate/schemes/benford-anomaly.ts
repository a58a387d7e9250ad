import { INTENSITIES, type PlantContext } from './plant-context.js';

const PER_MONTH = [4, 10, 25];

/** Peruvian traders padding their purchases with invented invoices whose amounts break Benford's law. */
export function plantBenfordAnomaly(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const trader = ctx.newBuyer('PE', 'TRADER', 3);
    const perMonth = PER_MONTH[i] ?? 10;
    const window = ctx.window(ctx.rng.int(10, 18));
    trader.traderEffects.fabricatedInvoices = { ...window, perMonth };
    ctx.record(
      'BENFORD_ANOMALY',
      window,
      [ctx.partyId(ctx.world.org(trader.orgId))],
      intensity,
      `Trader adds ${perMonth} invented purchase invoices a month with amounts between 50,000 and 99,999 soles (leading digits 5-9 only).`,
    );
  });
}
