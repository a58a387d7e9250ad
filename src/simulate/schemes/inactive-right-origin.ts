import type { Intensity } from '../truth.js';
import { createPerson } from '../world/parties.js';
import { placesOf } from '../world/geography.js';
import { createRight } from '../world/rights.js';
import type { CountryCode } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const GRAMS = [300, 1_500, 6_000];
const COUNTRIES: readonly CountryCode[] = ['PE', 'CO', 'BO'];

/** Buyers whose purchases cite as origin a right that is extinct (caducado, terminado, extinguido). */
export function plantInactiveRightOrigin(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => plantOne(ctx, COUNTRIES[i] ?? 'PE', intensity, GRAMS[i] ?? 1000));
  // Ecuador's concessions end as EXTINGUIDA; planted last, so the others stay put.
  plantOne(ctx, 'EC', 'CLEAR', GRAMS[1] ?? 1500);
}

function plantOne(ctx: PlantContext, country: CountryCode, intensity: Intensity, grams: number): void {
  const place = ctx.rng.pick(placesOf(country));
  const holder = createPerson(ctx.world, country, place, ctx.rng);
  const right = createRight(
    ctx.world,
    { country, stratum: 'SMALL', place, holderIds: [holder.id], status: 'EXTINCT', producing: false },
    ctx.rng,
  );
  const buyer = ctx.newBuyer(country, country === 'CO' ? 'EXPORTER' : 'TRADER', 2);
  const window = ctx.window(ctx.rng.int(4, 12));
  buyer.traderEffects.inactiveOrigin = { ...window, rightCode: right.code, monthlyFineG: grams };
  ctx.record(
    'INACTIVE_RIGHT_ORIGIN',
    window,
    [ctx.rightId(right), ctx.partyId(ctx.world.org(buyer.orgId))],
    intensity,
    `Buyer records about ${grams} g of fine gold a month from an extinct right.`,
  );
}
