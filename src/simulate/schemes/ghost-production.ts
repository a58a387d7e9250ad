import { taxIdIn } from '../registers/ec-bo-registers.js';
import { canonicalId } from '../world/identifiers.js';
import { createPerson } from '../world/parties.js';
import { createRight } from '../world/rights.js';
import { placesOf } from '../world/geography.js';
import type { CountryCode } from '../world/types.js';
import type { Network } from './nominee-network.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const GRAMS = [900, 5_000, 20_000];

/** Rights with no real activity (no inputs, machinery or disturbance) declaring gold sold to a network's shells. */
export function plantGhostProduction(ctx: PlantContext, networks: readonly Network[]): void {
  INTENSITIES.forEach((intensity, i) => {
    const network = networks[i];
    const country: CountryCode = network?.country ?? 'BO';
    const place = ctx.rng.pick(placesOf(country));
    const holder = createPerson(ctx.world, country, place, ctx.rng);
    const right = createRight(
      ctx.world,
      {
        country,
        stratum: 'IN_FORMALISATION',
        place,
        holderIds: [holder.id],
        status: 'IN_PROCESS',
        producing: true,
      },
      ctx.rng,
    );
    const mine = right.mine;
    if (!mine) return;
    const window = ctx.window(ctx.rng.int(10, 24));
    const grams = GRAMS[i] ?? 5000;
    mine.effects.ghost = true;
    mine.effects.declaredOutput = { ...window, gramsPerMonth: grams };
    mine.buyerIds = network
      ? network.shells.map((s) => s.orgId)
      : [ctx.rng.pick(ctx.world.tradersOf(country, 'EXPORTER')).orgId];
    const subjects = [
      ctx.rightId(right),
      // Bolivian files name a right's holder by NIT only (the AJAM register and SENARECOM forms).
      country === 'BO' ? canonicalId(taxIdIn(holder, 'BO')) : ctx.partyId(holder, country),
      ...(network ? network.shells.map((s) => ctx.partyId(ctx.world.org(s.orgId))) : []),
    ];
    ctx.record(
      'GHOST_PRODUCTION',
      window,
      subjects,
      intensity,
      `Right in formalisation declares about ${grams} g of gold a month with no inputs, machinery or satellite-visible disturbance; its gold goes to ${network ? 'the shells of a nominee network' : 'an exporter'}.`,
      network ? { network: network.id } : {},
    );
  });
}
