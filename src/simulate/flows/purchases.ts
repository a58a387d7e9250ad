import { dayOf } from '../calendar.js';
import { emitRow, partyName, writtenId } from '../emit/emitter.js';
import { CAREFUL, SLOPPY } from '../noise.js';
import { nitDv } from '../world/identifiers.js';
import { round } from '../world/prices.js';
import { nextSerial, type MonthContext } from './month-context.js';
import { cashOrTransfer, structuredPieces, valueUsd, type Purchase } from './purchase.js';
import { coTypeOf, transactionId } from './parties-in-files.js';
import { sampleAssay } from './assays.js';
import { writeEcPurchase } from './ec-purchases.js';

/** Writes one purchase in the country's layout and adds the metal to the buyer's stock. */
export function recordPurchase(ctx: MonthContext, country: string, p: Purchase): void {
  const grossG = p.fineG / p.fineness;
  ctx.stocks.add(p.buyerId, p.metal, p.fineG, grossG, p.place);
  if (country === 'PE') writePeCompra(ctx, p, grossG);
  else if (country === 'EC') writeEcPurchase(ctx, p, grossG);
  else if (country === 'CO') writeCoCertificate(ctx, p, grossG);
  else writeBoPurchase(ctx, p, grossG);
}

function writePeCompra(ctx: MonthContext, p: Purchase, grossG: number): void {
  const rate = ctx.e.market.penPerUsd(ctx.month);
  const totalPen = valueUsd(ctx, p) * rate;
  const pieces = structuredPieces(ctx, p.buyerId, totalPen, rate);
  for (let i = 0; i < pieces; i++) {
    const share = 1 / pieces;
    const lotRef = `E001-${String(nextSerial(ctx, `PE-CP-${p.buyerId}`)).padStart(6, '0')}`;
    emitRow(
      ctx.e,
      'PE-COMPRAS',
      {
        FECHA: dayOf(ctx.month, ctx.rng.int(1, 28)),
        RUC_COMPRADOR: ctx.e.world.org(p.buyerId).taxId.value,
        RUC_VENDEDOR: writtenId(ctx.e, ctx.rng, transactionId(p.seller, 'PE'), p.seller.id, CAREFUL),
        NOMBRE_VENDEDOR: partyName(ctx.rng, p.seller, SLOPPY),
        CODIGO_UNICO_ORIGEN: p.originCode,
        PESO_BRUTO_G: round(grossG * share, 2),
        LEY_MILESIMAS: round(p.fineness * 1000, 1),
        PESO_FINO_G: round(p.fineG * share, 2),
        IMPORTE_PEN: round(totalPen * share, 2),
        TIPO_CAMBIO: rate,
        MEDIO_PAGO: pieces > 1 ? 'EFECTIVO' : cashOrTransfer(ctx, p.fineG),
        COMPROBANTE: lotRef,
      },
      [['NOMBRE_VENDEDOR', p.seller.id]],
    );
    if (p.originCode && i === 0) sampleAssay(ctx, 'PE', lotRef, p, 0.04);
  }
}

function writeCoCertificate(ctx: MonthContext, p: Purchase, grossG: number): void {
  const buyer = ctx.e.world.org(p.buyerId);
  const doc = transactionId(p.seller, 'CO');
  const consecutive = `CO-${ctx.month.year}-${String(nextSerial(ctx, 'CO-CERT')).padStart(7, '0')}`;
  emitRow(
    ctx.e,
    'CO-CERTIFICADOS-ORIGEN',
    {
      CONSECUTIVO: consecutive,
      FECHA: dayOf(ctx.month, ctx.rng.int(1, 28)),
      NIT_COMPRADOR: ctx.rng.chance(0.3)
        ? `${buyer.taxId.value}-${nitDv(buyer.taxId.value)}`
        : buyer.taxId.value,
      TIPO_DOC_VENDEDOR: coTypeOf(p.seller),
      DOC_VENDEDOR: writtenId(ctx.e, ctx.rng, doc, p.seller.id, SLOPPY),
      NOMBRE_VENDEDOR: partyName(ctx.rng, p.seller, SLOPPY, false),
      CLASIFICACION_VENDEDOR: p.sellerClass,
      CODIGO_EXPEDIENTE_ORIGEN: p.originCode,
      MUNICIPIO_ORIGEN: p.place?.district,
      MINERAL: 'ORO',
      CANTIDAD_G: round(grossG, 2),
      LEY: round(p.fineness, 4),
      VALOR_COP: Math.round(valueUsd(ctx, p) * ctx.e.market.copPerUsd(ctx.month)),
    },
    [['NOMBRE_VENDEDOR', p.seller.id]],
  );
  if (p.originCode && p.originCode !== 'BAREQUEO') sampleAssay(ctx, 'CO', consecutive, p, 0.03);
}

function writeBoPurchase(ctx: MonthContext, p: Purchase, grossG: number): void {
  const buyer = ctx.e.world.org(p.buyerId);
  const usd = valueUsd(ctx, p);
  const form = `M-03-${ctx.month.year}-${String(nextSerial(ctx, 'BO-M03')).padStart(6, '0')}`;
  const percent = p.fineness * 100;
  emitRow(
    ctx.e,
    'BO-SENARECOM',
    {
      NUMERO_FORMULARIO: form,
      TIPO: 'COMPRA_INTERNA',
      FECHA: dayOf(ctx.month, ctx.rng.int(1, 28)),
      NIT_OPERADOR: buyer.taxId.value,
      NIM: buyer.nim?.value,
      NIT_PROVEEDOR: writtenId(ctx.e, ctx.rng, transactionId(p.seller, 'BO'), p.seller.id, SLOPPY),
      CODIGO_UNICO_ORIGEN: p.originCode,
      MINERAL: p.metal,
      PESO_BRUTO_KG: round(grossG / 1000, 4),
      LEY_PORCENTAJE: round(percent, 2),
      PESO_FINO_KG: round(p.fineG / 1000, 4),
      VALOR_BRUTO_USD: round(usd, 2),
      REGALIA_USD: round(usd * (p.metal === 'AU' ? 0.025 : 0.05), 2),
    },
    [['NIT_PROVEEDOR', p.seller.id]],
  );
  if (p.originCode && p.metal === 'AU') sampleAssay(ctx, 'BO', form, p, 0.04);
}
