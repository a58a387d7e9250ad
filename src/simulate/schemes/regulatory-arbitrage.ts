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
const PURCHASE_SCHEMES = ['TRADER_MASS_BALANCE', 'BENFORD_ANOMALY', 'STRUCTURING'];
/**
 * Typologies whose schemes ship gold that no purchase backs from an exporter: one beginning or
 * ending next to a shift moves the destination's exports in the same months, and the shift no
 * longer shows as the gold that left the source.
 */
const UNBACKED_EXPORT_SCHEMES = ['PRODUCTION_EXPORT_GAP', 'EXPORTER_SURGE'];
/** Share of the gold output of the larger of the two countries that crosses, by intensity. */
const SHARES = [0.1, 0.15, 0.22];
/**
 * Miners whose buyers, or the exporters those sell to, carry another scheme over the months keep
 * selling at home some months, so that the gold that scheme rests on (cash payments, declared
 * exports) still flows; other free miners may send all their gold.
 */
const MAX_SHARE_UNDER_SCHEMES = 0.8;
/**
 * Months beside a shift in which another scheme's start or stop still counts against it: the month
 * right before or after sits between the shift and its usual level, where it would blur when the
 * shift starts or stops. Further out, one month among the several on each side that the shift is
 * compared with does not move their median.
 */
const QUIET_MONTHS = 1;

/** Gold that leaves a country with strict controls, unrecorded, and is exported by a neighbour with looser ones. */
export function plantRegulatoryArbitrage(ctx: PlantContext): void {
  const slot = Math.floor((ctx.world.lastMonth + 1) / INTENSITIES.length);
  // A run too short for three half-year shifts apart gets none, rather than shifts that overlap.
  if (slot < 12) return;
  // Eight months in each third of the run, with quiet months on both sides to compare with.
  const windows = INTENSITIES.map((_, i): Window => {
    const start = i * slot + ctx.rng.int(1, 2);
    return { from: start, to: Math.min(ctx.world.lastMonth, start + 7) };
  });
  // Each pair keeps its intensity; only the third of the run it takes may change.
  const turns = pairsInTurn(windows, (to, window) =>
    ctx.beginsOrEndsIn(
      to,
      { from: window.from - QUIET_MONTHS, to: window.to + QUIET_MONTHS },
      UNBACKED_EXPORT_SCHEMES,
    ),
  );
  INTENSITIES.forEach((intensity, i) => {
    const [from, to] = ARBITRAGE_PAIRS[i] ?? ['PE', 'BO'];
    const window = windows[turns.indexOf(i)];
    if (!window) return;
    const exporter = ctx.newBuyer(to, 'EXPORTER', 2);
    // Mines whose gold another scheme shows in over these months keep selling at home: a scheme on
    // the right itself (lots marked with another district's isotopes), or one that rests on what a
    // trader it supplies buys (its mass balance, its invoices' digits, its cash payments). Mines
    // supplying other planted buyers send part of their gold only (MAX_SHARE_UNDER_SCHEMES): in a
    // small region nearly every mine supplies one.
    const mines = ctx
      .sellingRights(from)
      .filter(
        (right) =>
          !ctx.plantedOn(ctx.rightId(right), window) &&
          !(right.mine?.buyerIds ?? []).some((buyerId) =>
            ctx.plantedOn(ctx.partyId(ctx.world.org(buyerId)), window, PURCHASE_SCHEMES),
          ),
      );
    const underSchemes = new Set(
      mines.filter((right) =>
        downstream(ctx, right).some((orgId) => ctx.plantedOn(ctx.partyId(ctx.world.org(orgId)), window)),
      ),
    );
    const capOf = (right: MiningRight): number => (underSchemes.has(right) ? MAX_SHARE_UNDER_SCHEMES : 1);
    const { share, ofOutput } = mineShare(ctx, from, to, mines, capOf, SHARES[i] ?? 0.2);
    // With no mine free to send gold over, nothing crosses: no scheme to record.
    if (share === 0) return;
    for (const right of mines) {
      const effects = right.mine?.effects;
      const crossing = Math.min(share, capOf(right));
      if (effects)
        effects.smuggled = [
          ...(effects.smuggled ?? []),
          { ...window, exporterId: exporter.orgId, share: crossing },
        ];
    }
    // The record states what crosses, not what was aimed at: the free mines may carry less than
    // the intensity's share of the country's output.
    ctx.record(
      'REGULATORY_ARBITRAGE',
      window,
      [ctx.partyId(ctx.world.org(exporter.orgId))],
      intensity,
      `${percent(ofOutput)}% of ${from}'s gold output crosses unrecorded into ${to}, where controls are looser, and is exported by one ${to} exporter: the whole month's gold of ${from} miners who sell to middlemen, in ${percent(share)}% of their months (at most ${percent(MAX_SHARE_UNDER_SCHEMES)}% where another scheme rests on their buyers' trade).`,
      // The exporter ships gold no purchase or production of its own backs.
      { network: `ARBITRAGE-${String(i + 1)}`, alsoShows: ['PRODUCTION_EXPORT_GAP'] },
    );
  });
}

const percent = (share: number): string => String(Math.round(share * 100));

/**
 * For each window, the index in ARBITRAGE_PAIRS of the pair that takes it: pair i takes window i
 * unless a destination's exports change for another scheme's reason next to its window (`busy`);
 * then the first order with fewest such windows. Pairs sharing a country still take turns, as
 * every order gives each pair its own window.
 */
export function pairsInTurn(
  windows: readonly Window[],
  busy: (to: CountryCode, window: Window) => boolean,
): number[] {
  const clashes = (order: readonly number[]): number =>
    order.filter((pair, i) => {
      const to = ARBITRAGE_PAIRS[pair]?.[1];
      const window = windows[i];
      return to !== undefined && window !== undefined && busy(to, window);
    }).length;
  let best = ARBITRAGE_PAIRS.map((_, i) => i);
  for (const order of permutations(best)) if (clashes(order) < clashes(best)) best = order;
  return best;
}

/** Every order of `items`, the given order first. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The buyers a mine sells to and the exporters those sell to: whose trade its gold makes. */
function downstream(ctx: PlantContext, right: MiningRight): string[] {
  const buyers = right.mine?.buyerIds ?? [];
  return [...buyers, ...buyers.flatMap((buyerId) => ctx.world.trader(buyerId).exporterIds)];
}

/**
 * The share of each free middleman-selling mine's gold that must cross (at most `capOf` the mine)
 * for `target` of the gold output of the larger of the two countries to leave, and the share of the
 * source's output that does. The crossing shows twice, as a fall among the source's buyers and as a
 * rise among the neighbour's exports, where large mines export their own (untouched here) and
 * dilute it: sized on the source alone, a shift into a larger neighbour was below its intensity
 * there. When the free mines cannot send that much, all they may send crosses and the share of the
 * output is smaller.
 */
function mineShare(
  ctx: PlantContext,
  from: CountryCode,
  to: CountryCode,
  mines: readonly MiningRight[],
  capOf: (right: MiningRight) => number,
  target: number,
): { share: number; ofOutput: number } {
  const output = (right: MiningRight): number => right.mine?.monthlyFineG ?? 0;
  const goldOutput = (country: CountryCode): number =>
    ctx.world.rights
      .filter((right) => right.country === country && right.mineral === 'AU')
      .reduce((sum, right) => sum + output(right), 0);
  const source = goldOutput(from);
  if (source <= 0) return { share: 0, ofOutput: 0 };
  const sending = mines.map((right) => ({ grams: output(right), cap: capOf(right) }));
  const share = crossingShare(sending, target * Math.max(source, goldOutput(to)));
  return { share, ofOutput: movedAt(sending, share) / source };
}

/** Grams a month that mines send over at `share` of their months, each at most its own cap. */
function movedAt(mines: readonly { grams: number; cap: number }[], share: number): number {
  return mines.reduce((sum, mine) => sum + Math.min(share, mine.cap) * mine.grams, 0);
}

/**
 * The least share of their months in which mines (each at most its cap) send `wanted` grams a
 * month over, or 1 when all they may send is less; 0 when they send nothing. The grams grow with
 * the share piecewise linearly, so each cap is a corner: between two, the share is exact.
 */
export function crossingShare(mines: readonly { grams: number; cap: number }[], wanted: number): number {
  if (movedAt(mines, 1) <= 0 || wanted <= 0) return 0;
  if (movedAt(mines, 1) <= wanted) return 1;
  const corners = [0, ...new Set(mines.map((mine) => Math.min(1, mine.cap)))].sort((a, b) => a - b);
  for (const [index, corner] of corners.entries()) {
    const previous = corners[index - 1] ?? 0;
    const atCorner = movedAt(mines, corner);
    if (atCorner < wanted) continue;
    const atPrevious = movedAt(mines, previous);
    return previous + ((wanted - atPrevious) / (atCorner - atPrevious)) * (corner - previous);
  }
  return 1;
}
