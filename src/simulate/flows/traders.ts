import { dayOf } from '../calendar.js';
import { emitRow, partyName } from '../emit/emitter.js';
import { CAREFUL } from '../noise.js';
import type { Trader } from '../world/types.js';
import { round } from '../world/prices.js';
import { inWindow, nextSerial, type Lot, type MonthContext } from './month-context.js';
import { transactionId } from './parties-in-files.js';
import { recordPurchase } from './purchases.js';
import { writeEcSale } from './ec-purchases.js';

/** Applies a buyer's scheme purchases for the month: gold bought citing an extinct right, invented invoices. */
export function runBuyerSchemes(ctx: MonthContext, trader: Trader): void {
  const effects = trader.traderEffects;
  const inactive = effects.inactiveOrigin;
  if (inWindow(inactive, ctx.index)) {
    const right = ctx.e.world.right(trader.country, inactive.rightCode);
    recordPurchase(ctx, trader.country, {
      buyerId: trader.orgId,
      seller: ctx.e.world.party(right.holderIds[0] ?? ''),
      sellerClass: 'TITULAR MINERO',
      originCode: right.code,
      place: right.place,
      metal: 'AU',
      fineG: inactive.monthlyFineG * ctx.rng.spread(0.1),
      fineness: ctx.rng.between(0.8, 0.88),
      priceShare: ctx.rng.between(0.9, 0.95),
    });
  }
  const fabricated = effects.fabricatedInvoices;
  if (inWindow(fabricated, ctx.index)) inventInvoices(ctx, trader, fabricated.perMonth);
}

// Invented invoices: amounts picked in a narrow band (their leading digits are 5-9, far from Benford's
// law) and the weight worked back from the amount, sold by the trader's own registered sellers.
function inventInvoices(ctx: MonthContext, trader: Trader, count: number): void {
  const sellers = ctx.e.world.rights.filter(
    (r) => r.country === trader.country && r.mine?.buyerIds.includes(trader.orgId),
  );
  for (let i = 0; i < count && sellers.length > 0; i++) {
    const right = ctx.rng.pick(sellers);
    const rate = ctx.e.market.penPerUsd(ctx.month);
    const amountPen = Math.round(ctx.rng.between(50_000, 99_999));
    const fineG = amountPen / rate / ctx.e.market.goldUsdPerGram(ctx.month) / 0.94;
    recordPurchase(ctx, trader.country, {
      buyerId: trader.orgId,
      seller: ctx.e.world.party(right.holderIds[0] ?? ''),
      sellerClass: 'TITULAR MINERO',
      originCode: right.code,
      place: right.place,
      metal: 'AU',
      fineG,
      fineness: ctx.rng.between(0.8, 0.9),
      priceShare: 0.94,
    });
  }
}

/** Sells each trader's and plant's stock to its exporters (in the purchase files of PE, EC and BO). */
export function runMiddlemen(ctx: MonthContext, country: string): void {
  for (const trader of ctx.e.world.tradersOf(country)) {
    if (trader.kind === 'EXPORTER') continue;
    runBuyerSchemes(ctx, trader);
    for (const metal of ['AU', 'SN', 'ZN'] as const) {
      const lot = ctx.stocks.take(trader.orgId, metal);
      if (lot.fineG <= 0) continue;
      const extra = trader.traderEffects.extraSales;
      const factor = metal === 'AU' && inWindow(extra, ctx.index) ? extra.factor : 1;
      sellToExporters(ctx, trader, metal, { ...lot, fineG: lot.fineG * factor, grossG: lot.grossG * factor });
    }
  }
}

function sellToExporters(ctx: MonthContext, trader: Trader, metal: 'AU' | 'SN' | 'ZN', lot: Lot): void {
  const seller = ctx.e.world.org(trader.orgId);
  const share = 1 / trader.exporterIds.length;
  for (const exporterId of trader.exporterIds) {
    const fineness = lot.fineG / lot.grossG;
    if (trader.country === 'BO') {
      recordPurchase(ctx, 'BO', {
        buyerId: exporterId,
        seller,
        sellerClass: 'COMERCIALIZADOR',
        metal,
        fineG: lot.fineG * share,
        fineness,
        priceShare: ctx.rng.between(0.965, 0.98),
      });
      continue;
    }
    ctx.stocks.add(exporterId, metal, lot.fineG * share, lot.grossG * share);
    if (trader.country === 'EC') writeEcSale(ctx, trader, exporterId, lot, share);
    else writePeResale(ctx, trader, exporterId, lot, share);
  }
}

function writePeResale(ctx: MonthContext, trader: Trader, exporterId: string, lot: Lot, share: number): void {
  const seller = ctx.e.world.org(trader.orgId);
  const rate = ctx.e.market.penPerUsd(ctx.month);
  const usd = lot.fineG * share * ctx.e.market.goldUsdPerGram(ctx.month) * ctx.rng.between(0.965, 0.98);
  emitRow(
    ctx.e,
    'PE-COMPRAS',
    {
      FECHA: dayOf(ctx.month, ctx.rng.int(25, 28)),
      RUC_COMPRADOR: ctx.e.world.org(exporterId).taxId.value,
      RUC_VENDEDOR: transactionId(seller, 'PE').value,
      NOMBRE_VENDEDOR: partyName(ctx.rng, seller, CAREFUL),
      PESO_BRUTO_G: round(lot.grossG * share, 2),
      LEY_MILESIMAS: round((lot.fineG / lot.grossG) * 1000, 1),
      PESO_FINO_G: round(lot.fineG * share, 2),
      IMPORTE_PEN: round(usd * rate, 2),
      TIPO_CAMBIO: rate,
      MEDIO_PAGO: 'TRANSFERENCIA',
      COMPROBANTE: `F001-${String(nextSerial(ctx, `PE-F-${trader.orgId}`)).padStart(6, '0')}`,
    },
    [['NOMBRE_VENDEDOR', seller.id]],
  );
}
