import type { Day } from '../calendar.js';
import { isoDay, slashDay } from '../calendar.js';
import { spanishCountryName } from '../emit/countries.js';
import { emitRow, partyName } from '../emit/emitter.js';
import { CAREFUL } from '../noise.js';
import { nitDv } from '../world/identifiers.js';
import { round } from '../world/prices.js';
import type { Organisation, Place, Trader } from '../world/types.js';
import { inWindow, nextSerial, type MonthContext } from './month-context.js';

/** One export shipment before it is written in a customs layout. */
export interface Shipment {
  readonly trader: Trader;
  readonly metal: 'AU' | 'SN' | 'ZN' | 'CU';
  readonly day: Day;
  readonly destination: string;
  readonly refiner: Organisation;
  readonly fineG: number;
  readonly grossG: number;
  readonly fobShare: number;
  readonly place: Place | undefined;
}

const HS: Record<Shipment['metal'], { readonly code: string; readonly text: string }> = {
  AU: { code: '7108120000', text: 'ORO EN BRUTO ALEADO (DORE)' },
  SN: { code: '2609000000', text: 'CONCENTRADO DE ESTAÑO' },
  ZN: { code: '2608000000', text: 'CONCENTRADO DE ZINC' },
  CU: { code: '2603000000', text: 'CONCENTRADO DE COBRE' },
};
const MISCLASSIFIED = { code: '2616900000', text: 'CONCENTRADO DE MINERALES DE METAL PRECIOSO' };

/** What the declaration states, after any scheme that falsifies it. */
interface Declared {
  readonly hs: { readonly code: string; readonly text: string };
  readonly netKg: number;
  /** Declared fineness in thousandths, or undefined when left empty. */
  readonly ley: number | undefined;
  readonly fobUsd: number;
}

function declare(ctx: MonthContext, s: Shipment): Declared {
  const effects = s.trader.exporterEffects;
  const netKg = round(s.grossG / 1000, 3);
  const realLey = round((s.fineG / s.grossG) * 1000, 1);
  let fobUsd = metalValueUsd(ctx, s) * s.fobShare;
  if (inWindow(effects.underValuation, ctx.index)) fobUsd *= effects.underValuation.factor;
  if (s.metal !== 'AU') return { hs: HS[s.metal], netKg, ley: undefined, fobUsd: round(fobUsd, 2) };
  if (inWindow(effects.misclassified, ctx.index)) {
    // Doré declared as precious-metal concentrate: a token grade and the value of a concentrate.
    return {
      hs: MISCLASSIFIED,
      netKg,
      ley: round(ctx.rng.between(0.02, 0.09), 3),
      fobUsd: round(fobUsd * 0.04, 2),
    };
  }
  const shortfall = inWindow(effects.assayShortfall, ctx.index) ? effects.assayShortfall.factor : 1;
  return { hs: HS.AU, netKg, ley: round(realLey * shortfall, 1), fobUsd: round(fobUsd * shortfall, 2) };
}

function metalValueUsd(ctx: MonthContext, s: Shipment): number {
  if (s.metal === 'AU') return s.fineG * ctx.e.market.goldUsdPerGram(ctx.month);
  const prices = ctx.e.market.metals(ctx.month);
  const perTonne = s.metal === 'SN' ? prices.tin : s.metal === 'ZN' ? prices.zinc : prices.copper;
  return (s.fineG / 1e6) * perTonne * 0.85;
}

/** Writes a shipment in its country's customs layout and returns the declaration number. */
export function writeCustoms(ctx: MonthContext, s: Shipment): string {
  const d = declare(ctx, s);
  ctx.trade.addExport(s.trader.country, s.destination, ctx.month, d.hs.code.slice(0, 6), d.netKg, d.fobUsd);
  const org = ctx.e.world.org(s.trader.orgId);
  if (s.trader.country === 'PE') return writeDam(ctx, s, d, org);
  if (s.trader.country === 'CO') return writeDex(ctx, s, d, org);
  if (s.trader.country === 'EC') return writeRefrendo(ctx, s, d, org);
  return writeBoExport(ctx, s, d, org);
}

function writeDam(ctx: MonthContext, s: Shipment, d: Declared, org: Organisation): string {
  const number = `235-${ctx.month.year}-40-${String(nextSerial(ctx, 'PE-DAM-40')).padStart(6, '0')}`;
  emitRow(
    ctx.e,
    'PE-DAM',
    {
      NUM_DAM: number,
      REGIMEN: '40',
      FECHA_NUMERACION: s.day,
      RUC_DECLARANTE: org.taxId.value,
      RAZON_SOCIAL: partyName(ctx.rng, org, CAREFUL),
      SUBPARTIDA: d.hs.code,
      DESCRIPCION_COMERCIAL: d.hs.text,
      PAIS: s.destination,
      ADUANA: s.metal === 'AU' ? '235' : '118',
      PESO_NETO_KG: d.netKg,
      PESO_BRUTO_KG: round(d.netKg * ctx.rng.between(1.005, 1.02), 3),
      LEY_MILESIMAS: d.ley,
      VALOR_FOB_USD: d.fobUsd,
      CONSIGNATARIO: s.refiner.name,
    },
    [['RAZON_SOCIAL', org.id]],
  );
  return number;
}

function writeDex(ctx: MonthContext, s: Shipment, d: Declared, org: Organisation): string {
  const number = `6${String(ctx.month.year).slice(2)}${String(nextSerial(ctx, 'CO-DEX')).padStart(10, '0')}`;
  // Colombian exports declare gross doré weight and no fineness.
  emitRow(
    ctx.e,
    'CO-DEX',
    {
      NUMERO_DEX: number,
      FECHA: ctx.rng.chance(0.5)
        ? s.day
        : `${slashDay(s.day)} ${String(ctx.rng.int(7, 19)).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`,
      NIT_EXPORTADOR: org.taxId.value,
      DV: nitDv(org.taxId.value),
      RAZON_SOCIAL: partyName(ctx.rng, org, CAREFUL),
      POSICION_ARANCELARIA: d.hs.code,
      DESCRIPCION: d.hs.text,
      PAIS_DESTINO: spanishCountryName(s.destination),
      ADUANA: ctx.rng.pick(['MEDELLIN', 'BOGOTA', 'CALI']),
      PESO_NETO_KG: d.netKg,
      VALOR_FOB_USD: d.fobUsd,
    },
    [['RAZON_SOCIAL', org.id]],
  );
  return number;
}

function writeRefrendo(ctx: MonthContext, s: Shipment, d: Declared, org: Organisation): string {
  const number = `028-${ctx.month.year}-40-${String(nextSerial(ctx, 'EC-REF')).padStart(8, '0')}`;
  emitRow(
    ctx.e,
    'EC-EXPORTACIONES',
    {
      REFRENDO: number,
      FECHA_EMBARQUE: ctx.rng.chance(0.5) ? s.day : isoDay(s.day),
      RUC_EXPORTADOR: org.taxId.value,
      RAZON_SOCIAL: partyName(ctx.rng, org, CAREFUL),
      SUBPARTIDA: d.hs.code,
      PAIS_DESTINO: s.destination,
      DISTRITO_ADUANERO: ctx.rng.pick(['GUAYAQUIL - AEREO', 'QUITO']),
      PESO_NETO_KG: d.netKg,
      LEY_MILESIMAS: d.ley,
      FOB_USD: d.fobUsd,
    },
    [['RAZON_SOCIAL', org.id]],
  );
  return number;
}

function writeBoExport(ctx: MonthContext, s: Shipment, d: Declared, org: Organisation): string {
  const number = `M-02-${ctx.month.year}-${String(nextSerial(ctx, 'BO-M02')).padStart(6, '0')}`;
  const percent = d.ley === undefined ? round((s.fineG / s.grossG) * 100, 2) : round(d.ley / 10, 3);
  emitRow(ctx.e, 'BO-SENARECOM', {
    NUMERO_FORMULARIO: number,
    TIPO: 'EXPORTACION',
    FECHA: s.day,
    NIT_OPERADOR: org.taxId.value,
    NIM: org.nim?.value,
    MINERAL: s.metal,
    PESO_BRUTO_KG: d.netKg,
    LEY_PORCENTAJE: percent,
    PESO_FINO_KG: round((d.netKg * percent) / 100, 4),
    VALOR_BRUTO_USD: d.fobUsd,
    PAIS_DESTINO: s.destination,
    ADUANA_SALIDA: s.metal === 'AU' ? 'AEROPUERTO EL ALTO' : 'PUERTO ARICA',
    REGALIA_USD: round(d.fobUsd * (s.metal === 'AU' ? 0.025 : 0.05), 2),
  });
  return number;
}
