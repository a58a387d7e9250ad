import type { Intensity } from '../truth.js';
import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const MONTHS = [3, 6, 12];
/** The cash-transaction reporting threshold, USD, of Peru's UIF and Ecuador's UAFE alike. */
const THRESHOLD_USD = 10_000;

/** Traders paying sellers in cash split just under the reporting threshold. */
export function plantStructuring(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => plantOne(ctx, 'PE', intensity, MONTHS[i] ?? 6));
  // Planted last, so the Peruvian instances stay put.
  plantOne(ctx, 'EC', 'CLEAR', MONTHS[1] ?? 6);
}

function plantOne(ctx: PlantContext, country: CountryCode, intensity: Intensity, months: number): void {
  const trader = ctx.newBuyer(country, 'TRADER', 3);
  const window = ctx.window(months);
  trader.traderEffects.structuring = { ...window, thresholdUsd: THRESHOLD_USD };
  const sellers = ctx.world.rights
    .filter((r) => r.mine?.buyerIds.includes(trader.orgId))
    .map((r) => ctx.partyId(ctx.world.party(r.holderIds[0] ?? ''), country));
  const currency = country === 'PE' ? ' (in soles)' : '';
  ctx.record(
    'STRUCTURING',
    window,
    [ctx.partyId(ctx.world.org(trader.orgId)), ...sellers],
    intensity,
    `Trader splits every purchase into cash payments just under USD ${THRESHOLD_USD}${currency} for ${window.to - window.from + 1} months.`,
  );
}
