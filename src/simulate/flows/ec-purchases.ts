import { dayOf, isoDay, monthKey } from '../calendar.js';
import { emitRow, partyName, writtenId } from '../emit/emitter.js';
import { CAREFUL } from '../noise.js';
import { round } from '../world/prices.js';
import type { Identifier, MiningRight, Party, Trader } from '../world/types.js';
import { nextSerial, type Lot, type MonthContext } from './month-context.js';
import { transactionId } from './parties-in-files.js';
import { cashOrTransfer, structuredPieces, valueUsd, type Purchase } from './purchase.js';

// Ecuador's monthly report of gold purchases and sales (EC-COMERCIALIZACION), filed by each
// authorised trader and processing plant: what it bought from miners and what it sold to exporters.

const SELLER_CATEGORY: Record<MiningRight['stratum'], string> = {
  LARGE: 'CONCESIONARIO',
  MEDIUM: 'CONCESIONARIO',
  SMALL: 'PEQUEÑO MINERO',
  ARTISANAL: 'MINERO ARTESANAL',
  IN_FORMALISATION: 'MINERO ARTESANAL',
};

const BUYER_CATEGORY: Record<Trader['kind'], string> = {
  TRADER: 'COMERCIALIZADOR',
  PLANT: 'PLANTA DE BENEFICIO',
  EXPORTER: 'EXPORTADOR',
};

/** Writes a buyer's purchase from a miner, split into cash payments when the buyer structures them. */
export function writeEcPurchase(ctx: MonthContext, p: Purchase, grossG: number): void {
  const buyer = ctx.e.world.org(p.buyerId);
  const category = BUYER_CATEGORY[ctx.e.world.trader(p.buyerId).kind];
  const right = p.originCode === undefined ? undefined : ctx.e.world.right('EC', p.originCode);
  const totalUsd = valueUsd(ctx, p);
  const pieces = structuredPieces(ctx, p.buyerId, totalUsd, 1);
  const day = dayOf(ctx.month, ctx.rng.int(1, 28));
  for (let i = 0; i < pieces; i++) {
    const share = 1 / pieces;
    emitRow(
      ctx.e,
      'EC-COMERCIALIZACION',
      {
        PERIODO: monthKey(ctx.month),
        TIPO_OPERACION: 'COMPRA',
        // Dates arrive both as Excel dates and as text; both must be read.
        FECHA: ctx.rng.chance(0.5) ? day : isoDay(day),
        RUC_COMPRADOR: buyer.taxId.value,
        NOMBRE_COMPRADOR: partyName(ctx.rng, buyer, CAREFUL),
        CATEGORIA_COMPRADOR: category,
        IDENTIFICACION_VENDEDOR: writtenId(ctx.e, ctx.rng, sellerId(ctx, p.seller), p.seller.id, CAREFUL),
        NOMBRE_VENDEDOR: partyName(ctx.rng, p.seller, CAREFUL),
        CATEGORIA_VENDEDOR: right ? SELLER_CATEGORY[right.stratum] : 'CONCESIONARIO',
        CODIGO_CONCESION_ORIGEN: p.originCode,
        PESO_BRUTO_G: round(grossG * share, 2),
        LEY_MILESIMAS: round(p.fineness * 1000, 1),
        PESO_FINO_G: round(p.fineG * share, 2),
        VALOR_USD: round(totalUsd * share, 2),
        FORMA_PAGO: pieces > 1 ? 'EFECTIVO' : cashOrTransfer(ctx, p.fineG),
        NUMERO_FACTURA: documentNumber(ctx, p.buyerId, p.seller),
      },
      [
        ['NOMBRE_VENDEDOR', p.seller.id],
        ['NOMBRE_COMPRADOR', buyer.id],
      ],
    );
  }
}

/** Writes a trader's or plant's month-end sale of gold to one of its exporters. */
export function writeEcSale(
  ctx: MonthContext,
  trader: Trader,
  exporterId: string,
  lot: Lot,
  share: number,
): void {
  const seller = ctx.e.world.org(trader.orgId);
  const exporter = ctx.e.world.org(exporterId);
  const usd = lot.fineG * share * ctx.e.market.goldUsdPerGram(ctx.month) * ctx.rng.between(0.965, 0.98);
  emitRow(
    ctx.e,
    'EC-COMERCIALIZACION',
    {
      PERIODO: monthKey(ctx.month),
      TIPO_OPERACION: 'VENTA',
      FECHA: dayOf(ctx.month, ctx.rng.int(25, 28)),
      RUC_COMPRADOR: exporter.taxId.value,
      NOMBRE_COMPRADOR: partyName(ctx.rng, exporter, CAREFUL),
      CATEGORIA_COMPRADOR: BUYER_CATEGORY.EXPORTER,
      IDENTIFICACION_VENDEDOR: seller.taxId.value,
      NOMBRE_VENDEDOR: partyName(ctx.rng, seller, CAREFUL),
      CATEGORIA_VENDEDOR: BUYER_CATEGORY[trader.kind],
      PESO_BRUTO_G: round(lot.grossG * share, 2),
      LEY_MILESIMAS: round((lot.fineG / lot.grossG) * 1000, 1),
      PESO_FINO_G: round(lot.fineG * share, 2),
      VALOR_USD: round(usd, 2),
      FORMA_PAGO: 'TRANSFERENCIA',
      NUMERO_FACTURA: documentNumber(ctx, exporterId, seller),
    },
    [
      ['NOMBRE_VENDEDOR', seller.id],
      ['NOMBRE_COMPRADOR', exporter.id],
    ],
  );
}

// A person often sells under the bare cédula rather than the RUC it heads.
function sellerId(ctx: MonthContext, seller: Party): Identifier {
  const cedula = seller.kind === 'PERSON' ? seller.ids[0] : undefined;
  return cedula && ctx.rng.chance(0.5) ? cedula : transactionId(seller, 'EC');
}

// A company invoices its sale (its own series, point 001); a miner without invoices is paid against
// the buyer's purchase settlement (the buyer's series, point 002).
function documentNumber(ctx: MonthContext, buyerId: string, seller: Party): string {
  const [issuer, point] = seller.kind === 'ORGANISATION' ? [seller.id, '001'] : [buyerId, '002'];
  return `001-${point}-${String(nextSerial(ctx, `EC-DOC-${point}-${issuer}`)).padStart(9, '0')}`;
}
