import { quarterOf, semesterOf } from '../calendar.js';
import { emitRow, partyName, writtenId, type Emitter } from '../emit/emitter.js';
import { CAREFUL } from '../noise.js';
import { peRuc } from '../registers/pe-registers.js';
import { GRAMS_PER_TROY_OUNCE, round } from '../world/prices.js';
import type { MineProfile, MiningRight, Panner, Party } from '../world/types.js';
import type { MonthContext } from './month-context.js';
import type { Row } from '../writers/table-writer.js';
import { coTypeOf, transactionId } from './parties-in-files.js';

const PE_STRATUM = {
  LARGE: 'GRAN MINERIA',
  MEDIUM: 'MEDIANA MINERIA',
  SMALL: 'PEQUEÑO PRODUCTOR',
  ARTISANAL: 'PRODUCTOR ARTESANAL',
  IN_FORMALISATION: 'REINFO',
} as const;

// Colombia's gold royalty: 4 % of a base price the authority sets at 80 % of the market price.
const CO_ROYALTY_RATE = 0.04;
const CO_BASE_PRICE_SHARE = 0.8;

interface Entry {
  readonly party: Party;
  readonly place: MiningRight['place'];
  readonly right?: MiningRight;
  fineG: number;
  goldValueCop: number;
}

/** Sums declarations over a Colombian quarter or an Ecuadorian half-year and writes them at its end. */
export class PeriodBook {
  private readonly co = new Map<string, Entry>();
  private readonly ec = new Map<string, Entry>();

  /** Adds a month's fine gold to a declarant's period total. */
  add(
    country: 'CO' | 'EC',
    key: string,
    entry: Omit<Entry, 'fineG' | 'goldValueCop'>,
    fineG: number,
    valueCop: number,
  ): void {
    const book = country === 'CO' ? this.co : this.ec;
    const found = book.get(key);
    if (found) {
      found.fineG += fineG;
      found.goldValueCop += valueCop;
    } else
      book.set(key, {
        party: entry.party,
        place: entry.place,
        right: entry.right,
        fineG,
        goldValueCop: valueCop,
      });
  }

  /** Writes and clears the periods that end with this month (or all, at the end of the run). */
  flush(e: Emitter, ctx: MonthContext, last: boolean): void {
    if (last || ctx.month.month % 3 === 0) {
      for (const entry of this.co.values()) writeRegalia(e, ctx, entry);
      this.co.clear();
    }
    if (last || ctx.month.month % 6 === 0) {
      for (const entry of this.ec.values()) writeEcProduction(e, ctx, entry);
      this.ec.clear();
    }
  }
}

/** Declares a right's monthly production: Peru monthly, Colombia and Ecuador summed per period. */
export function declareProduction(
  ctx: MonthContext,
  right: MiningRight,
  mine: MineProfile,
  fineG: number,
): void {
  const holder = ctx.e.world.party(right.holderIds[0] ?? '');
  if (right.country === 'PE') writePeProduction(ctx, right, mine, holder, fineG);
  else if (right.country === 'CO')
    ctx.book.add('CO', right.code, { party: holder, place: right.place, right }, fineG, copValue(ctx, fineG));
  else if (right.country === 'EC')
    ctx.book.add('EC', right.code, { party: holder, place: right.place, right }, fineG, 0);
}

/** Adds a panner's gold to the quarterly royalty declaration, which subsistence miners file without a title. */
export function declarePanning(ctx: MonthContext, panner: Panner, fineG: number): void {
  const person = ctx.e.world.person(panner.personId);
  ctx.book.add(
    'CO',
    `CC:${panner.personId}`,
    { party: person, place: panner.place },
    fineG,
    copValue(ctx, fineG),
  );
}

function copValue(ctx: MonthContext, fineG: number): number {
  return fineG * ctx.e.market.goldUsdPerGram(ctx.month) * ctx.e.market.copPerUsd(ctx.month);
}

function writePeProduction(
  ctx: MonthContext,
  right: MiningRight,
  mine: MineProfile,
  holder: Party,
  fineG: number,
): void {
  const period = `${ctx.month.year}${String(ctx.month.month).padStart(2, '0')}`;
  const ruc = writtenId(ctx.e, ctx.rng, peRuc(holder), holder.id, CAREFUL);
  const name = partyName(ctx.rng, holder, CAREFUL);
  // Large producers declare in kilograms, the rest in grams: both units must be read.
  const inKg = right.stratum === 'LARGE' || (right.stratum === 'MEDIUM' && ctx.rng.chance(0.5));
  const party: [string, string][] = [['TITULAR', holder.id]];
  // One literal per row, not spreads of a shared base: V8 gives every spread copy a fresh hidden
  // class in old space, which made these rows the largest source of old-generation garbage.
  const row = (metal: string, amount: number, unit: string): Row => ({
    PERIODO: period,
    CODIGO_UNICO: right.code,
    RUC: ruc,
    TITULAR: name,
    ESTRATO: PE_STRATUM[right.stratum],
    METAL: metal,
    CANTIDAD: amount,
    UNIDAD: unit,
  });
  emitRow(
    ctx.e,
    'PE-PRODUCCION',
    inKg ? row('AU', round(fineG / 1000, 4), 'KG') : row('AU', round(fineG, 2), 'G'),
    party,
  );
  for (const by of mine.byProducts) {
    const amount = fineG * by.perGramGold;
    const byRow =
      by.metal === 'AG' ? row('AG', round(amount / 1000, 3), 'KG') : row(by.metal, round(amount, 3), 'TMF');
    emitRow(ctx.e, 'PE-PRODUCCION', byRow, party);
  }
}

function writeRegalia(e: Emitter, ctx: MonthContext, entry: Entry): void {
  const doc = transactionId(entry.party, 'CO');
  const unit = chooseUnit(ctx, entry.fineG);
  const basePricePerG = (entry.goldValueCop / entry.fineG) * CO_BASE_PRICE_SHARE;
  emitRow(
    e,
    'CO-REGALIAS',
    {
      TRIMESTRE: `${ctx.month.year}-T${quarterOf(ctx.month)}`,
      CODIGO_EXPEDIENTE: entry.right?.code,
      TIPO_DOCUMENTO: coTypeOf(entry.party),
      NUMERO_DOCUMENTO: doc.value,
      MINERAL: 'ORO',
      CANTIDAD: unit.amount,
      UNIDAD: unit.co,
      PRECIO_BASE_COP: round(basePricePerG, 2),
      REGALIA_COP: Math.round(entry.fineG * basePricePerG * CO_ROYALTY_RATE),
      MUNICIPIO: entry.place.district,
    },
    [['NUMERO_DOCUMENTO', entry.party.id]],
  );
}

function writeEcProduction(e: Emitter, ctx: MonthContext, entry: Entry): void {
  const unit = chooseUnit(ctx, entry.fineG);
  emitRow(e, 'EC-PRODUCCION', {
    SEMESTRE: `${ctx.month.year}-S${semesterOf(ctx.month)}`,
    CODIGO: entry.right?.code,
    RUC: transactionId(entry.party, 'EC').value,
    MINERAL: 'ORO',
    PRODUCCION: unit.amount,
    UNIDAD: unit.ec,
  });
}

// The same quantity arrives in grams, kilograms or troy ounces depending on who filled the form.
function chooseUnit(ctx: MonthContext, fineG: number): { amount: number; co: string; ec: string } {
  const pick = fineG > 50_000 ? ctx.rng.pick(['kg', 'kg', 'oz']) : ctx.rng.pick(['g', 'g', 'g', 'oz']);
  if (pick === 'kg') return { amount: round(fineG / 1000, 4), co: 'KILOGRAMOS', ec: 'kg' };
  if (pick === 'oz')
    return { amount: round(fineG / GRAMS_PER_TROY_OUNCE, 3), co: 'ONZAS TROY', ec: 'oz troy' };
  return { amount: round(fineG, 2), co: 'GRAMOS', ec: 'g' };
}
