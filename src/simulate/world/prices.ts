import { readFileSync } from 'node:fs';
import { monthIndex, monthKey, type Month } from '../calendar.js';

/** Grams in one troy ounce. */
export const GRAMS_PER_TROY_OUNCE = 31.1034768;

// The real series ships in src/simulate/data; compiled code runs from dist/simulate/world.
const GOLD_PRICE_FILE = new URL('../../../src/simulate/data/gold-price-monthly-usd-oz.csv', import.meta.url);

/** Monthly reference prices: the real gold price, synthetic but plausible exchange rates and base metals. */
export class Market {
  private readonly gold = new Map<string, number>();

  constructor() {
    const lines = readFileSync(GOLD_PRICE_FILE, 'utf8').split(/\r?\n/).slice(1);
    for (const line of lines) {
      const [date, price] = line.split(',');
      if (date && price) this.gold.set(date, Number(price));
    }
  }

  /** The real monthly average gold price, USD per troy ounce (World Bank Pink Sheet). */
  goldUsdPerOz(month: Month): number {
    const price = this.gold.get(monthKey(month));
    if (price === undefined)
      throw new Error(`No gold price for ${monthKey(month)}; the series covers 1833-01 to 2026-06`);
    return price;
  }

  /** The gold price in USD per fine gram. */
  goldUsdPerGram(month: Month): number {
    return this.goldUsdPerOz(month) / GRAMS_PER_TROY_OUNCE;
  }

  /** Whether the real gold series covers a month. */
  covers(month: Month): boolean {
    return this.gold.has(monthKey(month));
  }

  /** Soles per US dollar: a smooth synthetic path within Peru's 2020s range (3.6-4.0). */
  penPerUsd(month: Month): number {
    return round(3.78 + 0.14 * Math.sin(monthIndex(month) / 5), 3);
  }

  /** Colombian pesos per US dollar: a smooth synthetic path within the 2020s range (3,800-4,900). */
  copPerUsd(month: Month): number {
    return round(4250 + 450 * Math.sin(monthIndex(month) / 7), 2);
  }

  /** Base-metal and silver prices: synthetic paths around 2020s levels, silver tied to gold. */
  metals(month: Month): { copper: number; zinc: number; tin: number; silver: number } {
    const wave = Math.sin(monthIndex(month) / 4);
    return {
      copper: round(8600 + 700 * wave, 2),
      zinc: round(2900 + 350 * wave, 2),
      tin: round(27000 + 3500 * Math.sin(monthIndex(month) / 6), 2),
      silver: round(this.goldUsdPerOz(month) / (80 + 5 * wave), 3),
    };
  }
}

/** Rounds to the given number of decimals. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
