import type { Month } from '../calendar.js';
import { alpha3, englishName, imfCode } from '../emit/countries.js';
import { emitRow, type Emitter } from '../emit/emitter.js';
import type { Rng } from '../rng.js';
import { round } from '../world/prices.js';
import type { MirrorGap } from '../world/world.js';

interface Flow {
  readonly exporter: string;
  readonly importer: string;
  readonly year: number;
  readonly month: number;
  readonly hs6: string;
  kg: number;
  fobUsd: number;
}

// Importers report CIF: freight and insurance on air-freighted gold add well under 1 %; GFI's
// layout divides CIF by 1.06, so a clean pair shows value_m below value_x by about 5 %.
const CIF_OVER_FOB = 1.006;
const GFI_CIF_DIVISOR = 1.06;

/** Customs exports summed by country pair, month and product: the source of the mirror statistics. */
export class TradeStatistics {
  private readonly flows = new Map<string, Flow>();

  /** Adds one export declaration. */
  addExport(exporter: string, importer: string, month: Month, hs6: string, kg: number, fobUsd: number): void {
    const key = `${exporter}|${importer}|${month.year}|${String(month.month).padStart(2, '0')}|${hs6}`;
    const flow = this.flows.get(key) ?? {
      exporter,
      importer,
      year: month.year,
      month: month.month,
      hs6,
      kg: 0,
      fobUsd: 0,
    };
    flow.kg += kg;
    flow.fobUsd += fobUsd;
    this.flows.set(key, flow);
  }

  /** Writes the Comtrade subset (both sides of every flow) and the yearly IMF DOTS mirror file. */
  write(e: Emitter, rng: Rng, gaps: readonly MirrorGap[]): void {
    const keys = [...this.flows.keys()].sort();
    const yearly = new Map<
      string,
      { exporter: string; importer: string; year: number; x: number; m: number }
    >();
    for (const key of keys) {
      const flow = this.flows.get(key);
      if (!flow) continue;
      const gap = gaps.find(
        (g) => g.exporter === flow.exporter && g.importer === flow.importer && g.year === flow.year,
      );
      const cif = flow.fobUsd * CIF_OVER_FOB * rng.between(0.99, 1.01) * (gap?.factor ?? 1);
      const kgM = flow.kg * rng.between(0.995, 1.005) * (gap?.factor ?? 1);
      writeComtrade(e, flow, 'X', flow.exporter, flow.importer, flow.kg, flow.fobUsd);
      writeComtrade(e, flow, 'M', flow.importer, flow.exporter, kgM, cif);
      const yearKey = `${flow.exporter}|${flow.importer}|${flow.year}`;
      const total = yearly.get(yearKey) ?? {
        exporter: flow.exporter,
        importer: flow.importer,
        year: flow.year,
        x: 0,
        m: 0,
      };
      total.x += flow.fobUsd;
      total.m += cif;
      yearly.set(yearKey, total);
    }
    for (const key of [...yearly.keys()].sort()) {
      const total = yearly.get(key);
      if (total)
        writeDots(
          e,
          total.exporter,
          total.importer,
          total.year,
          round(total.m / GFI_CIF_DIVISOR, 2),
          Math.round(total.x),
        );
    }
  }
}

function writeComtrade(
  e: Emitter,
  flow: Flow,
  code: 'X' | 'M',
  reporter: string,
  partner: string,
  kg: number,
  value: number,
): void {
  const kgRounded = round(kg, 3);
  const usd = round(value, 2);
  emitRow(e, 'COMTRADE', {
    refYear: flow.year,
    refMonth: flow.month,
    reporterISO: alpha3(reporter),
    partnerISO: alpha3(partner),
    flowCode: code,
    cmdCode: flow.hs6,
    netWgt: kgRounded,
    qtyUnitAbbr: 'kg',
    qty: kgRounded,
    cifvalue: code === 'M' ? usd : undefined,
    fobvalue: code === 'X' ? usd : undefined,
    primaryValue: usd,
  });
}

function writeDots(
  e: Emitter,
  exporter: string,
  importer: string,
  year: number,
  valueM: number,
  valueX: number,
): void {
  const gap = round(Math.abs(valueX - valueM), 2);
  emitRow(e, 'MIRROR-DOTS', {
    ctycode_m: imfCode(importer),
    ctycode_x: imfCode(exporter),
    pctycode_m: imfCode(exporter),
    pctycode_x: imfCode(importer),
    year_m: year,
    indcode_m: 'TMG_CIF_USD',
    indcode_x: 'TXG_FOB_USD',
    ctyname_m: englishName(importer),
    indname_m: 'Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars',
    pctyname_m: englishName(exporter),
    value_m: valueM,
    ctyname_x: englishName(exporter),
    indname_x: 'Goods, Value of Exports, Free on board (FOB), US Dollars',
    pctyname_x: englishName(importer),
    year_x: year,
    value_x: valueX,
    impmisbilat: gap,
    expmisbilat: gap,
    uo_m: valueM > valueX ? 'over' : 'under',
    uo_x: valueX > valueM ? 'over' : 'under',
  });
}
