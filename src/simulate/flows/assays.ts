import { addMonths, dayOf, isoDay, type Day } from '../calendar.js';
import { emitRow } from '../emit/emitter.js';
import { round } from '../world/prices.js';
import type { Place } from '../world/types.js';
import { nextSerial, type MonthContext } from './month-context.js';

const LABS = [
  { id: 'LAB-PE-001', accredited: 'Y' },
  { id: 'LAB-PE-014', accredited: 'Y' },
  { id: 'LAB-CO-003', accredited: 'Y' },
  { id: 'LAB-EC-002', accredited: 'N' },
  { id: 'LAB-BO-007', accredited: 'Y' },
];

/** What a laboratory measures in a sample of a lot. */
export interface AssaySubject {
  /** Real fineness of the metal, fraction 0-1 (what the lab finds, whatever was declared). */
  readonly fineness: number;
  readonly metal: 'AU' | 'SN' | 'ZN';
  /** District whose lead isotopes the gold carries. */
  readonly place?: Place;
  readonly isotopePlace?: Place;
}

/** With the given probability (always for gold of foreign isotopes), writes a lab assay of a lot. */
export function sampleAssay(
  ctx: MonthContext,
  country: string,
  lotRef: string,
  subject: AssaySubject,
  probability: number,
): void {
  const forced = subject.isotopePlace !== undefined;
  if (!forced && !ctx.rng.chance(probability)) return;
  writeAssay(ctx, country, lotRef, subject);
}

/** Writes one lab assay of a lot: gold and silver grades, base metals, mercury and lead isotopes. */
export function writeAssay(ctx: MonthContext, country: string, lotRef: string, subject: AssaySubject): void {
  const lab = ctx.rng.pick(LABS);
  const sampled = dayOf(ctx.month, ctx.rng.int(1, 28));
  const analysed = dayOf(addMonths(ctx.month, ctx.rng.chance(0.3) ? 1 : 0), ctx.rng.int(1, 28));
  const gold = subject.metal === 'AU';
  const isotopes = (subject.isotopePlace ?? subject.place)?.isotopes;
  const jitter = (v: number): number => round(v * (1 + ctx.rng.normal(0, 0.0004)), 4);
  emitRow(ctx.e, 'LAB-ASSAYS', {
    SAMPLE_ID: `S-${country}-${String(nextSerial(ctx, 'ASSAY')).padStart(7, '0')}`,
    COUNTRY: country,
    LOT_REF: lotRef,
    LAB_ID: lab.id,
    ACCREDITED: lab.accredited,
    METHOD: gold ? 'FIRE ASSAY' : 'XRF',
    SAMPLED_AT: timestamp(sampled, ctx.rng.int(8, 12)),
    ANALYSED_AT: timestamp(laterOf(sampled, analysed), ctx.rng.int(13, 18)),
    AU_G_T: gold
      ? Math.round(subject.fineness * 1e6 * (1 + ctx.rng.normal(0, 0.001)))
      : round(ctx.rng.between(0.1, 3), 2),
    AG_G_T: gold
      ? Math.round((1 - subject.fineness) * 1e6 * ctx.rng.between(0.6, 0.9))
      : round(ctx.rng.between(5, 80), 1),
    CU_PCT: round(gold ? ctx.rng.between(0.05, 1.5) : ctx.rng.between(0.1, 2), 3),
    ZN_PCT: subject.metal === 'ZN' ? round(subject.fineness * 100, 2) : round(ctx.rng.between(0, 0.5), 3),
    SN_PCT: subject.metal === 'SN' ? round(subject.fineness * 100, 2) : round(ctx.rng.between(0, 0.05), 3),
    HG_MG_KG: round(ctx.rng.between(0.5, 40), 1),
    PB206_204: isotopes ? jitter(isotopes[0]) : undefined,
    PB207_204: isotopes ? jitter(isotopes[1]) : undefined,
    PB208_204: isotopes ? jitter(isotopes[2]) : undefined,
  });
}

function laterOf(a: Day, b: Day): Day {
  const key = (d: Day): number => d.year * 10000 + d.month * 100 + d.day;
  return key(b) >= key(a) ? b : a;
}

function timestamp(day: Day, hour: number): string {
  return `${isoDay(day)}T${String(hour).padStart(2, '0')}:00:00-05:00`;
}
