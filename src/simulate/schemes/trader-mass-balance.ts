import type { Intensity } from '../truth.js';
import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.12, 1.4, 2.2];
const COUNTRIES: readonly CountryCode[] = ['PE', 'BO', 'PE'];

/** Traders selling to exporters more fine gold than they bought from mines. */
export function plantTraderMassBalance(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => plantOne(ctx, COUNTRIES[i] ?? 'PE', intensity, FACTORS[i] ?? 1.5));
  // Ecuador's traders report their purchases and sales too; planted last, so the others stay put.
  plantOne(ctx, 'EC', 'CLEAR', FACTORS[1] ?? 1.4);
}

function plantOne(ctx: PlantContext, country: CountryCode, intensity: Intensity, factor: number): void {
  const trader = ctx.newBuyer(country, 'TRADER', 4);
  const window = ctx.window(ctx.rng.int(6, 12));
  trader.traderEffects.extraSales = { ...window, factor };
  ctx.record(
    'TRADER_MASS_BALANCE',
    window,
    [ctx.partyId(ctx.world.org(trader.orgId))],
    intensity,
    `Trader sells ${factor}x the fine gold it bought each month.`,
  );
}
