import { INTENSITIES, type PlantContext } from './plant-context.js';

const MONTHS = [3, 6, 12];
/** Peru's cash-transaction reporting threshold, USD (UIF-Perú). */
const THRESHOLD_USD = 10_000;

/** Peruvian traders paying sellers in cash split just under the reporting threshold. */
export function plantStructuring(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const trader = ctx.newBuyer('PE', 'TRADER', 3);
    const window = ctx.window(MONTHS[i] ?? 6);
    trader.traderEffects.structuring = { ...window, thresholdUsd: THRESHOLD_USD };
    const sellers = ctx.world.rights
      .filter((r) => r.mine?.buyerIds.includes(trader.orgId))
      .map((r) => ctx.partyId(ctx.world.party(r.holderIds[0] ?? ''), 'PE'));
    ctx.record(
      'STRUCTURING',
      window,
      [ctx.partyId(ctx.world.org(trader.orgId)), ...sellers],
      intensity,
      `Trader splits every purchase into cash payments just under USD ${THRESHOLD_USD} (in soles) for ${window.to - window.from + 1} months.`,
    );
  });
}
