import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

// Near-threshold: a neighbouring district with close ratios; blatant: another country's ore.
const CASES: readonly { readonly country: CountryCode; readonly district: (own: string) => string }[] = [
  { country: 'PE', district: (own) => (own === 'INAMBARI' ? 'HUEPETUHE' : 'INAMBARI') },
  { country: 'CO', district: () => 'ANANEA' },
  { country: 'BO', district: () => 'SEGOVIA' },
];

/** Mines whose sold gold carries the lead isotopes of another district than the right it is declared from. */
export function plantIsotopeOriginMismatch(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const c = CASES[i];
    const right = c ? ctx.sellingRights(c.country, ['SMALL', 'ARTISANAL'])[i * 2 + 3] : undefined;
    if (!c || !right?.mine) return;
    const district = c.district(right.place.district);
    const window = ctx.window(ctx.rng.int(3, 8));
    right.mine.effects.foreignIsotopes = { ...window, district };
    ctx.record(
      'ISOTOPE_ORIGIN_MISMATCH',
      window,
      [ctx.rightId(right), ctx.partyId(ctx.world.party(right.holderIds[0] ?? ''), c.country)],
      intensity,
      `Gold sold as from ${right.place.district} carries the lead-isotope signature of ${district}; every lot is assayed.`,
    );
  });
}
