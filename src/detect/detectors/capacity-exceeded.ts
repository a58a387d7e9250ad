import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['relativeTolerance'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** Output of one source (sales citing the right, or its declarations) over the periods above capacity. */
export interface SourceExcess {
  months: number;
  outputKg: number;
  capacityKg: number;
}

/** A right whose attributed output went above its authorised capacity in some periods. */
export interface CapacityBreach {
  right: string;
  country: string | null;
  holders: string[];
  metal: string;
  capacity: { value: number; unit: string; period: string; kgPerMonth: number };
  period: { start: string; end: string };
  sold: SourceExcess | null;
  declared: SourceExcess | null;
  peakRatio: number;
  evidence: Evidence[];
}

interface PeriodJson {
  source: 'SOLD' | 'DECLARED';
  start: string;
  end: string;
  outputKg: number;
  capacityKg: number;
  records: (EvidenceRow & { table: string })[];
}

interface BreachRow {
  right_id: string;
  country: string | null;
  holders: string[] | null;
  metal: string;
  capacity_value: string;
  capacity_unit: string;
  capacity_period: string;
  kg_per_month: string;
  title: EvidenceRow;
  first_day: Date;
  last_day: Date;
  sold_months: number | null;
  declared_months: number | null;
  sold_kg: string | null;
  sold_capacity_kg: string | null;
  declared_kg: string | null;
  declared_capacity_kg: string | null;
  peak_ratio: string;
  periods: PeriodJson[];
}

function excess(months: number | null, output: string | null, capacity: string | null): SourceExcess | null {
  if (months === null || output === null || capacity === null) return null;
  return { months, outputKg: Number(output), capacityKg: Number(capacity) };
}

function evidenceOf(row: BreachRow): Evidence[] {
  const { id, layout, file, row: line, ...values } = row.title;
  const title: Evidence = {
    table: 'mining_right',
    layout,
    id,
    file,
    row: line,
    role: 'authorised capacity',
    values,
  };
  const records = row.periods.flatMap((period) =>
    period.records.map(
      ({ table, id: recordId, layout: recordLayout, file: recordFile, row: recordRow, ...rest }) => ({
        table,
        layout: recordLayout,
        id: recordId,
        file: recordFile,
        row: recordRow,
        role: period.source === 'SOLD' ? 'sale citing the right' : 'production declared',
        values: { ...rest, periodStart: period.start, periodEnd: period.end },
      }),
    ),
  );
  return [title, ...records];
}

/** The rights whose sold or declared fine output went above capacity × (1 + tolerance). */
export async function capacityBreaches(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<CapacityBreach[]> {
  const rows = await db.query<BreachRow>(detectorSql('capacity-exceeded'), [thresholds.relativeTolerance]);
  return rows.map((row) => ({
    right: row.right_id,
    country: row.country,
    holders: row.holders ?? [],
    metal: row.metal,
    capacity: {
      value: Number(row.capacity_value),
      unit: row.capacity_unit,
      period: row.capacity_period,
      kgPerMonth: Number(row.kg_per_month),
    },
    period: { start: isoDay(row.first_day), end: isoDay(row.last_day) },
    sold: excess(row.sold_months, row.sold_kg, row.sold_capacity_kg),
    declared: excess(row.declared_months, row.declared_kg, row.declared_capacity_kg),
    peakRatio: Number(row.peak_ratio),
    evidence: evidenceOf(row),
  }));
}

const PERIODS: Record<string, { es: string; en: string }> = {
  DAY: { es: 'día', en: 'day' },
  MONTH: { es: 'mes', en: 'month' },
  QUARTER: { es: 'trimestre', en: 'quarter' },
  HALF_YEAR: { es: 'semestre', en: 'half-year' },
  YEAR: { es: 'año', en: 'year' },
};

function ratioOf(source: SourceExcess | null): number {
  return source ? source.outputKg / source.capacityKg : 0;
}

function sourceText(
  source: SourceExcess | null,
  verb: { es: string; en: string },
): { es: string; en: string } {
  if (!source) return { es: '', en: '' };
  const ratio = (source.outputKg / source.capacityKg).toFixed(2);
  return {
    es: ` ${verb.es} ${es(source.outputKg, 3)} kg finos en ${source.months} ${source.months === 1 ? 'mes' : 'meses'} sobre la capacidad (${es(source.capacityKg, 3)} kg autorizados, ${ratio} veces).`,
    en: ` ${verb.en} ${en(source.outputKg, 3)} kg fine in ${source.months} ${source.months === 1 ? 'month' : 'months'} above capacity (${en(source.capacityKg, 3)} kg authorised, ${ratio} times).`,
  };
}

/** The alert for a right: severity by output over capacity across the periods above it. */
export function capacityBreachAlert(
  breach: CapacityBreach,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const ratio = Math.max(ratioOf(breach.sold), ratioOf(breach.declared));
  const capacity = `${breach.capacity.value} ${breach.capacity.unit}`;
  const per = PERIODS[breach.capacity.period] ?? { es: breach.capacity.period, en: breach.capacity.period };
  const perMonth = breach.capacity.kgPerMonth;
  const sold = sourceText(breach.sold, {
    es: 'Las ventas que lo citan sumaron',
    en: 'Sales citing it came to',
  });
  const declared = sourceText(breach.declared, {
    es: 'Sus declaraciones sumaron',
    en: 'Its declarations came to',
  });
  return {
    typology: 'CAPACITY_EXCEEDED',
    severity: severityFor(ratio, rule.bands),
    score: Math.min(1, Math.max(0, (ratio - 1) / (rule.bands.critical - 1))),
    country: breach.country,
    period: breach.period,
    subjects: [breach.right, ...breach.holders],
    title: {
      es: `${breach.right} produjo ${ratio.toFixed(2)} veces su capacidad autorizada de ${breach.metal} (${breach.period.start} – ${breach.period.end})`,
      en: `${breach.right} produced ${ratio.toFixed(2)} times its authorised ${breach.metal} capacity (${breach.period.start} – ${breach.period.end})`,
    },
    explanation: {
      es: `La capacidad autorizada de ${breach.right} es ${capacity} por ${per.es} (${es(perMonth, 3)} kg finos al mes).${sold.es}${declared.es} El mes o periodo más alto llegó a ${breach.peakRatio.toFixed(2)} veces la capacidad.`,
      en: `The authorised capacity of ${breach.right} is ${capacity} a ${per.en} (${en(perMonth, 3)} kg fine a month).${sold.en}${declared.en} The highest month or period reached ${breach.peakRatio.toFixed(2)} times capacity.`,
    },
    figures: {
      outputOverCapacity: ratio,
      peakRatio: breach.peakRatio,
      capacityKgPerMonth: perMonth,
      ...(breach.sold
        ? {
            soldMonths: breach.sold.months,
            soldKg: breach.sold.outputKg,
            soldCapacityKg: breach.sold.capacityKg,
          }
        : {}),
      ...(breach.declared
        ? {
            declaredMonths: breach.declared.months,
            declaredKg: breach.declared.outputKg,
            declaredCapacityKg: breach.declared.capacityKg,
          }
        : {}),
    },
    evidence: breach.evidence,
  };
}

/** CAPACITY_EXCEEDED: fine output sold or declared for a right above its authorised capacity. */
export const capacityExceededDetector: Detector<ThresholdName> = {
  code: 'CAPACITY_EXCEEDED',
  thresholds: THRESHOLDS,
  // 1.0.1: no English possessive on the right: alerts now write it "Name (ID)" (name-subjects.ts).
  version: '1.0.1',
  async run(db, settings) {
    return (await capacityBreaches(db, settings.thresholds)).map((breach) =>
      capacityBreachAlert(breach, settings),
    );
  },
};
