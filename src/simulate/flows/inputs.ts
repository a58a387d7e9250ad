import { dayOf } from '../calendar.js';
import { emitRow } from '../emit/emitter.js';
import { peRuc } from '../registers/pe-registers.js';
import { round } from '../world/prices.js';
import type { MineProfile, MiningRight } from '../world/types.js';
import { inWindow, nextSerial, type MonthContext } from './month-context.js';

/** A controlled input and how much of it one gram of fine gold needs, by kind of operation. */
interface InputNeed {
  readonly good: string;
  readonly unit: 'KG' | 'L' | 'GL' | 'UND';
  readonly perGram: number;
}

// Alluvial artisanal gold is amalgamated with mercury; hard-rock mines leach with cyanide and blast.
// Ratios are round figures in the range the literature gives (e.g. 1-3 kg of mercury per kg of gold).
const NEEDS: Record<'ALLUVIAL' | 'HARD_ROCK' | 'LARGE', readonly InputNeed[]> = {
  ALLUVIAL: [
    { good: 'MERCURIO', unit: 'KG', perGram: 0.0015 },
    { good: 'DIESEL', unit: 'GL', perGram: 0.4 },
  ],
  HARD_ROCK: [
    { good: 'CIANURO DE SODIO', unit: 'KG', perGram: 0.25 },
    { good: 'EXPLOSIVOS', unit: 'UND', perGram: 0.05 },
    { good: 'DIESEL', unit: 'L', perGram: 2 },
  ],
  LARGE: [
    { good: 'CIANURO DE SODIO', unit: 'KG', perGram: 0.12 },
    { good: 'NITRATO DE AMONIO', unit: 'KG', perGram: 1 },
    { good: 'DIESEL', unit: 'L', perGram: 1 },
  ],
};

/** Monthly quota as a multiple of the mean need: clean deliveries stay below it (output swings at most 1.8x). */
export const QUOTA_HEADROOM = 2.2;

/** Writes the month's controlled-input deliveries to a Peruvian mine, following its real output. */
export function deliverInputs(ctx: MonthContext, right: MiningRight, mine: MineProfile, realG: number): void {
  if (mine.effects.ghost === true) return;
  const inflate = mine.effects.inputFactor;
  const quota = mine.effects.quotaExceeded;
  const holder = ctx.e.world.party(right.holderIds[0] ?? '');
  for (const need of needsOf(right)) {
    const quotaAmount = Math.ceil(mine.monthlyFineG * need.perGram * QUOTA_HEADROOM);
    let amount = realG * need.perGram * ctx.rng.between(0.92, 1.08);
    if (inWindow(inflate, ctx.index)) amount *= inflate.factor;
    if (inWindow(quota, ctx.index)) amount = quotaAmount * quota.factor * ctx.rng.between(0.98, 1.02);
    if (amount < 0.05) continue;
    emitRow(ctx.e, 'PE-BIENES-FISCALIZADOS', {
      FECHA: dayOf(ctx.month, ctx.rng.int(1, 28)),
      RUC_USUARIO: peRuc(holder).value,
      BIEN: need.good,
      CANTIDAD: need.unit === 'UND' ? Math.round(amount) : round(amount, 2),
      UNIDAD: need.unit,
      CODIGO_UNICO_DESTINO: right.code,
      DEPARTAMENTO: right.place.department,
      CUOTA_MENSUAL_AUTORIZADA: quotaAmount,
    });
  }
  if (right.stratum === 'LARGE') importCyanide(ctx, right, realG);
}

function needsOf(right: MiningRight): readonly InputNeed[] {
  if (right.stratum === 'LARGE') return NEEDS.LARGE;
  return ['MADRE DE DIOS', 'PUNO'].includes(right.place.department) ? NEEDS.ALLUVIAL : NEEDS.HARD_ROCK;
}

// Large mines import their own cyanide: the only imports (regime 10) in the customs file.
function importCyanide(ctx: MonthContext, right: MiningRight, realG: number): void {
  const org = ctx.e.world.org(right.holderIds[0] ?? '');
  const kg = round(realG * 0.12, 1);
  const cif = round(kg * ctx.rng.between(2.4, 3.1), 2);
  emitRow(ctx.e, 'PE-DAM', {
    NUM_DAM: `118-${ctx.month.year}-10-${String(nextSerial(ctx, 'PE-DAM-10')).padStart(6, '0')}`,
    REGIMEN: '10',
    FECHA_NUMERACION: dayOf(ctx.month, ctx.rng.int(1, 28)),
    RUC_DECLARANTE: org.taxId.value,
    RAZON_SOCIAL: org.name,
    SUBPARTIDA: '2837110000',
    DESCRIPCION_COMERCIAL: 'CIANURO DE SODIO EN BRIQUETAS',
    PAIS: ctx.rng.pick(['US', 'CN', 'DE']),
    ADUANA: '118',
    PESO_NETO_KG: kg,
    PESO_BRUTO_KG: round(kg * 1.04, 1),
    VALOR_FOB_USD: round(cif * 0.93, 2),
    VALOR_CIF_USD: cif,
    CONSIGNATARIO: org.name,
  });
}
