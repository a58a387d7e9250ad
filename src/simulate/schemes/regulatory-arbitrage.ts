import type { CountryCode, MiningRight, Window } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

/**
 * Each instance: gold mined in a country that controls it carried over the border to a neighbour
 * whose rulebook records a looser control or none (Peru's money-laundering predicate and
 * formalisation register, Colombia's subsistence caps and trader register), and exported there.
 * Pairs that share a country take turns in time, so one instance's shift is not the baseline of
 * another's.
 */
export const ARBITRAGE_PAIRS: readonly (readonly [CountryCode, CountryCode])[] = [
  ['PE', 'BO'],
  ['CO', 'EC'],
  ['PE', 'EC'],
];
/** Typologies whose schemes show in a planted trader's own purchases. */
const PURCHASE_SCHEMES = ['TRADER_MASS_BALANCE', 'BENFORD_ANOMALY'];
/** Share of the source country's gold output that crosses, by intensity. */
const SHARES = [0.1, 0.15, 0.22];
/** Miners keep selling at home some months, so that the buyers they supply keep buying. */
const MAX_MINE_SHARE = 0.8;

/** Gold that leaves a country with strict controls, unrecorded, and is exported by a neighbour with looser ones. */
export function plantRegulatoryArbitrage(ctx: PlantContext): void {
  const slot = Math.floor((ctx.world.lastMonth + 1) / INTENSITIES.length);
  // A run too short for three half-year shifts apart gets none, rather than shifts that overlap.
  if (slot < 12) return;
  INTENSITIES.forEach((intensity, i) => {
    const [from, to] = ARBITRAGE_PAIRS[i] ?? ['PE', 'BO'];
    // Eight months in each third of the run, with quiet months on both sides to compare with.
    const start = i * slot + ctx.rng.int(1, 2);
    const window: Window = { from: start, to: Math.min(ctx.world.lastMonth, start + 7) };
    const exporter = ctx.newBuyer(to, 'EXPORTER', 2);
    // Mines whose gold another scheme shows in over these months keep selling at home: a scheme on
    // the right itself (lots marked with another district's isotopes), or one that rests on what a
    // trader it supplies buys (its mass balance, its invoices' digits). Other planted buyers share
    // the shift with everyone: in a small region nearly every mine supplies one.
    const mines = ctx
      .sellingRights(from)
      .filter(
        (right) =>
          !ctx.plantedOn(ctx.rightId(right), window) &&
          !(right.mine?.buyerIds ?? []).some((buyerId) =>
            ctx.plantedOn(ctx.partyId(ctx.world.org(buyerId)), window, PURCHASE_SCHEMES),
          ),
      );
    const share = mineShare(ctx, from, mines, SHARES[i] ?? 0.2);
    // With no mine free to send gold over, nothing crosses: no scheme to record.
    if (share === 0) return;
    for (const right of mines) {
      const effects = right.mine?.effects;
      if (effects)
        effects.smuggled = [...(effects.smuggled ?? []), { ...window, exporterId: exporter.orgId, share }];
    }
    ctx.record(
      'REGULATORY_ARBITRAGE',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      `${String(Math.round(share * 100))}% of the months' gold ${from}'s miners sell to middlemen crosses unrecorded into ${to}, where controls are looser, and is exported by one ${to} exporter.`,
      { network: `ARBITRAGE-${String(i + 1)}`, alsoShows: ['PRODUCTION_EXPORT_GAP'] },
    );
  });
}

/**
 * The share of each middleman-selling mine's gold that must cross for `target` of the country's
 * whole gold output to leave (large mines export their own and are not touched).
 */
function mineShare(
  ctx: PlantContext,
  country: CountryCode,
  mines: readonly MiningRight[],
  target: number,
): number {
  const output = (right: MiningRight): number => right.mine?.monthlyFineG ?? 0;
  const total = ctx.world.rights
    .filter((right) => right.country === country && right.mineral === 'AU')
    .reduce((sum, right) => sum + output(right), 0);
  const selling = mines.reduce((sum, right) => sum + output(right), 0);
  return selling > 0 ? Math.min(MAX_MINE_SHARE, (target * total) / selling) : 0;
}
