import type { Month } from '../calendar.js';
import type { Emitter } from '../emit/emitter.js';
import type { Rng } from '../rng.js';
import type { MiningRight, Party, Place, Window } from '../world/types.js';
import type { TradeStatistics } from './trade-statistics.js';

/** Gold (or a base metal) held by a trader or exporter between purchase and sale. */
export interface Lot {
  fineG: number;
  grossG: number;
  /** District the gold came from, when it all came from one. */
  place?: Place;
}

/** The stocks of every trader and exporter, by organisation id and metal. */
export class Stocks {
  private readonly lots = new Map<string, Lot>();

  /** Adds gold to a holder's stock. */
  add(holderId: string, metal: string, fineG: number, grossG: number, place?: Place): void {
    const key = `${holderId}|${metal}`;
    const lot = this.lots.get(key);
    if (!lot) {
      this.lots.set(key, { fineG, grossG, ...(place ? { place } : {}) });
      return;
    }
    lot.fineG += fineG;
    lot.grossG += grossG;
    if (lot.place !== place) delete lot.place;
  }

  /** Takes a holder's whole stock of a metal (empty when it holds none). */
  take(holderId: string, metal: string): Lot {
    const key = `${holderId}|${metal}`;
    const lot = this.lots.get(key) ?? { fineG: 0, grossG: 0 };
    this.lots.delete(key);
    return lot;
  }
}

/** Everything the producers of one month need. */
export interface MonthContext {
  readonly e: Emitter;
  readonly month: Month;
  /** Index of the month in the run. */
  readonly index: number;
  readonly rng: Rng;
  readonly stocks: Stocks;
  readonly trade: TradeStatistics;
  /** Colombian quarterly and Ecuadorian half-yearly declarations being summed. */
  readonly book: ProductionPeriods;
  /** Running counter for document numbers, per country and kind. */
  readonly serials: Map<string, number>;
}

/** True when the month index falls in the window. */
export function inWindow(window: Window | undefined, index: number): window is Window {
  return window !== undefined && index >= window.from && index <= window.to;
}

/** The next serial number of a kind of document. */
export function nextSerial(ctx: MonthContext, kind: string): number {
  const next = (ctx.serials.get(kind) ?? 0) + 1;
  ctx.serials.set(kind, next);
  return next;
}

/**
 * Where monthly production is summed into the periods Colombia (quarters) and Ecuador (half-years)
 * declare; implemented by PeriodBook in production.ts, which itself needs the month context.
 */
export interface ProductionPeriods {
  add(
    country: 'CO' | 'EC',
    key: string,
    entry: { party: Party; place: MiningRight['place']; right?: MiningRight },
    fineG: number,
    valueCop: number,
  ): void;
}
