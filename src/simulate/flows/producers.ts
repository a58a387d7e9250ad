import { placeNamed } from '../world/geography.js';
import { realOutputG } from '../world/rights.js';
import type { MineProfile, MiningRight } from '../world/types.js';
import { deliverInputs } from './inputs.js';
import { inWindow, type MonthContext } from './month-context.js';
import { declarePanning, declareProduction } from './production.js';
import { recordPurchase } from './purchases.js';

const SELLER_CLASS_CO: Record<MiningRight['stratum'], string> = {
  LARGE: 'TITULAR MINERO',
  MEDIUM: 'TITULAR MINERO',
  SMALL: 'TITULAR MINERO',
  ARTISANAL: 'TITULAR MINERO',
  IN_FORMALISATION: 'SUBCONTRATO DE FORMALIZACION',
};

/** Runs one month of every producing right of a country: output, declaration, inputs and sales. */
export function runProducers(ctx: MonthContext, country: string): void {
  for (const right of ctx.e.world.rights) {
    if (right.country !== country || !right.mine) continue;
    const mine = right.mine;
    const real =
      mine.effects.ghost === true
        ? 0
        : realOutputG(mine, right.stratum, right.place, ctx.month.month, ctx.rng);
    const laundering = mine.effects.declaredOutput;
    const declared = inWindow(laundering, ctx.index)
      ? Math.round(laundering.gramsPerMonth * ctx.rng.spread(0.05))
      : real;
    if (mine.declares && declared > 0) declareProduction(ctx, right, mine, declared);
    if (country === 'PE' && right.mineral === 'AU') deliverInputs(ctx, right, mine, real);
    sell(ctx, right, mine, declared);
  }
}

function sell(ctx: MonthContext, right: MiningRight, mine: MineProfile, declaredG: number): void {
  if (declaredG <= 0) return;
  // Smuggled gold leaves no purchase at home: it reappears in the foreign exporter's stock. A
  // miner sends a whole month's gold one way or the other, so what is sold at home keeps its usual
  // lots and means of payment.
  const smuggled = mine.effects.smuggled?.find((window) => inWindow(window, ctx.index));
  if (smuggled && ctx.rng.chance(smuggled.share)) {
    const [fineG, fineness] = fineOf(right, mine, declaredG);
    ctx.stocks.add(smuggled.exporterId, right.mineral, fineG, fineG / fineness);
    return;
  }
  sellAtHome(ctx, right, mine, declaredG);
}

/** Fine metal in grams and its fineness: base-metal output is counted in kilograms of metal where gold is counted in grams. */
function fineOf(right: MiningRight, mine: MineProfile, declaredG: number): [number, number] {
  const fineG = right.mineral === 'AU' ? declaredG : declaredG * 1000;
  const fineness = right.mineral === 'AU' ? mine.fineness / 1000 : right.mineral === 'SN' ? 0.52 : 0.48;
  return [fineG, fineness];
}

function sellAtHome(ctx: MonthContext, right: MiningRight, mine: MineProfile, declaredG: number): void {
  const [fineG, fineness] = fineOf(right, mine, declaredG);
  if (mine.exporterId !== undefined) {
    ctx.stocks.add(mine.exporterId, right.mineral, fineG, fineG / fineness, right.place);
    // Copper leaves as a 25 % concentrate; grams of metal, like gold.
    const copper = mine.byProducts.find((b) => b.metal === 'CU');
    if (copper)
      ctx.stocks.add(
        mine.exporterId,
        'CU',
        declaredG * copper.perGramGold * 1e6,
        (declaredG * copper.perGramGold * 1e6) / 0.25,
      );
    return;
  }
  const foreign = inWindow(mine.effects.foreignIsotopes, ctx.index)
    ? placeNamed(mine.effects.foreignIsotopes.district)
    : undefined;
  const lots = lotCount(ctx, right);
  const seller = ctx.e.world.party(right.holderIds[0] ?? '');
  for (let i = 0; i < lots; i++) {
    // A ghost mine feeds its network's shells in turn, so every shell trades the gold it fronts.
    const buyerId = mine.effects.ghost
      ? (mine.buyerIds[(ctx.index * lots + i) % mine.buyerIds.length] ?? '')
      : ctx.rng.pick(mine.buyerIds);
    recordPurchase(ctx, right.country, {
      buyerId,
      seller,
      sellerClass: SELLER_CLASS_CO[right.stratum],
      originCode: right.code,
      place: right.place,
      metal: right.mineral,
      fineG: fineG / lots,
      fineness: Math.min(0.999, fineness * (1 + ctx.rng.normal(0, 0.005))),
      priceShare: ctx.rng.between(0.92, 0.96),
      ...(foreign ? { isotopePlace: foreign } : {}),
    });
  }
}

function lotCount(ctx: MonthContext, right: MiningRight): number {
  if (right.stratum === 'SMALL' || right.stratum === 'MEDIUM') return ctx.rng.int(2, 4);
  return ctx.rng.int(1, 2);
}

/** Runs one month of Colombia's subsistence panners: each sells its month's gold to its buyer. */
export function runPanners(ctx: MonthContext): void {
  for (const panner of ctx.e.world.panners) {
    const excess = panner.capExcess;
    const grams = inWindow(excess, ctx.index)
      ? excess.gramsPerMonth * ctx.rng.between(0.97, 1.03)
      : Math.min(panner.monthlyG * Math.min(Math.max(ctx.rng.spread(0.2), 0.5), 1.3), 34);
    const fineness = ctx.rng.between(0.82, 0.9);
    recordPurchase(ctx, 'CO', {
      buyerId: panner.buyerId,
      seller: ctx.e.world.person(panner.personId),
      sellerClass: 'BAREQUERO',
      originCode: 'BAREQUEO',
      place: panner.place,
      metal: 'AU',
      fineG: grams * fineness,
      fineness,
      priceShare: ctx.rng.between(0.88, 0.93),
    });
    declarePanning(ctx, panner, grams * fineness);
  }
}
