import { COMMODITIES, type Crosswalk } from '@veta/standard';
import type { SpecParams } from './precedents.js';

/**
 * The HS subheading a metal is exported under when a register names the metal and not the tariff
 * line: gold leaves the mines and traders of the region refined to doré or bars (unwrought), other
 * metals as ores and concentrates.
 */
export function exportedTariff(metal: string): string | undefined {
  const ofMetal = COMMODITIES.filter((commodity) => commodity.metal === metal);
  const form =
    metal === 'AU'
      ? ofMetal.find((commodity) => commodity.code === 'GOLD_UNWROUGHT')
      : ofMetal.find((commodity) => commodity.code.endsWith('_ORES'));
  return form?.hs;
}

/** A lookup of each term of a metal crosswalk to the HS subheading its metal is exported under. */
export function tariffLookup(crosswalk: Crosswalk, column: string): SpecParams | undefined {
  const values: Record<string, string> = {};
  for (const { term, code } of crosswalk.terms) {
    const hs = exportedTariff(code);
    if (hs !== undefined) values[term] = hs;
  }
  return Object.keys(values).length === 0 ? undefined : { use: 'lookup', column, values };
}
