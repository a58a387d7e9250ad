import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.12, 1.4, 2.2];
const COUNTRIES: readonly CountryCode[] = ['PE', 'BO', 'PE'];

/** Traders selling to exporters more fine gold than they bought from mines. */
export function plantTraderMassBalance(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const trader = ctx.newBuyer(COUNTRIES[i] ?? 'PE', 'TRADER', 4);
    const factor = FACTORS[i] ?? 1.5;
    const window = ctx.window(ctx.rng.int(6, 12));
    trader.traderEffects.extraSales = { ...window, factor };
    ctx.record(
      'TRADER_MASS_BALANCE',
      window,
      [ctx.partyId(ctx.world.org(trader.orgId))],
      intensity,
      `Trader sells ${factor}x the fine gold it bought each month.`,
    );
  });
}
