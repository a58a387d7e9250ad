import type { Party, Place } from '../world/types.js';
import { inWindow, type MonthContext } from './month-context.js';

/** One purchase of gold (or a base metal) by a trader, plant or exporter. */
export interface Purchase {
  readonly buyerId: string;
  readonly seller: Party;
  readonly sellerClass: string;
  /** Code of the right the gold comes from; undefined for trader-to-exporter sales, 'BAREQUEO' for panners. */
  readonly originCode?: string;
  readonly place?: Place;
  readonly metal: 'AU' | 'SN' | 'ZN';
  readonly fineG: number;
  /** Thousandths (gold) or per cent times ten (base metals), as a fraction 0-1 here. */
  readonly fineness: number;
  /** Price paid as a fraction of the metal's reference value. */
  readonly priceShare: number;
  /** Isotope district of the gold when it differs from the declared origin. */
  readonly isotopePlace?: Place;
}

/** What a purchase is worth in US dollars at the month's price and the share the buyer pays. */
export function valueUsd(ctx: MonthContext, p: Purchase): number {
  if (p.metal === 'AU') return p.fineG * ctx.e.market.goldUsdPerGram(ctx.month) * p.priceShare;
  const metals = ctx.e.market.metals(ctx.month);
  return (p.fineG / 1e6) * (p.metal === 'SN' ? metals.tin : metals.zinc) * p.priceShare;
}

/**
 * How many cash payments a purchase of `total` (in a currency of `perUsd` units to the dollar) is
 * paid in: one, or, while the buyer structures, pieces just under the reporting threshold.
 */
export function structuredPieces(ctx: MonthContext, buyerId: string, total: number, perUsd: number): number {
  const structuring = ctx.e.world.trader(buyerId).traderEffects.structuring;
  if (!inWindow(structuring, ctx.index)) return 1;
  return Math.max(1, Math.ceil(total / (structuring.thresholdUsd * perUsd * 0.93)));
}

/** Cash for most small purchases, a transfer or cheque for most large ones. */
export function cashOrTransfer(ctx: MonthContext, fineG: number): string {
  if (fineG > 2000) return ctx.rng.chance(0.8) ? 'TRANSFERENCIA' : 'CHEQUE';
  return ctx.rng.chance(0.6) ? 'EFECTIVO' : 'TRANSFERENCIA';
}
