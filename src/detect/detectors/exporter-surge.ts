import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { withCountryFineness } from './country-fineness.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'growthFactor',
  'minFineKgYear',
  'youngRegistrationMonths',
  'firstYearTopFraction',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

const TABLES: Readonly<Record<string, string>> = {
  export: 'customs_declaration',
  registration: 'registration',
};
const ROLES: Readonly<Record<string, string>> = { export: 'gold export', registration: 'registration' };

/** An exporter whose gold exports jumped year on year, or that ranks among the largest in its first year. */
export interface Surge {
  kind: 'GROWTH' | 'FIRST_YEAR';
  party: string;
  country: string | null;
  period: { start: string; end: string };
  fineKg: number;
  /** Months of the country's customs data the averages are taken over. */
  months: number;
  monthlyKg: number;
  previousKg: number | null;
  previousMonths: number | null;
  previousMonthlyKg: number | null;
  firstExport: string;
  registeredOn: string | null;
  rank: number | null;
  exporters: number | null;
  evidence: Evidence[];
}

interface SurgeRow {
  kind: 'GROWTH' | 'FIRST_YEAR';
  party: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  fine_kg: string;
  months: number;
  monthly_kg: string;
  previous_kg: string | null;
  previous_months: number | null;
  previous_monthly_kg: string | null;
  first_export: Date;
  registered_on: Date | null;
  country_rank: number | null;
  country_exporters: number | null;
  evidence: (EvidenceRow & { role: string })[] | null;
}

const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/** Exporters that surged, year on year or in their first year after registration. */
export async function surges(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<Surge[]> {
  const rows = await db.query<SurgeRow>(withCountryFineness(detectorSql('exporter-surge')), [
    thresholds.growthFactor,
    thresholds.minFineKgYear,
    thresholds.youngRegistrationMonths,
    thresholds.firstYearTopFraction,
  ]);
  return rows.map((row) => ({
    kind: row.kind,
    party: row.party,
    country: row.country,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    fineKg: Number(row.fine_kg),
    months: row.months,
    monthlyKg: Number(row.monthly_kg),
    previousKg: numberOrNull(row.previous_kg),
    previousMonths: row.previous_months,
    previousMonthlyKg: numberOrNull(row.previous_monthly_kg),
    firstExport: isoDay(row.first_export),
    registeredOn: row.registered_on === null ? null : isoDay(row.registered_on),
    rank: row.country_rank,
    exporters: row.country_exporters,
    evidence: (row.evidence ?? []).map(({ id, layout, file, row: line, role, ...values }) => ({
      table: TABLES[role] ?? 'customs_declaration',
      layout,
      id,
      file,
      row: line,
      role: ROLES[role] ?? role,
      values,
    })),
  }));
}

function texts(surge: Surge): { title: { es: string; en: string }; explanation: { es: string; en: string } } {
  const { party, period } = surge;
  if (surge.kind === 'GROWTH') {
    const year = period.start.slice(0, 4);
    const before = String(Number(year) - 1);
    const previous = surge.previousMonthlyKg ?? 0;
    const growth =
      previous > 0
        ? { es: `${es(surge.monthlyKg / previous)} veces`, en: `${en(surge.monthlyKg / previous)} times` }
        : { es: 'desde cero', en: 'from nothing' };
    return {
      title: {
        es: `Exportador ${party} multiplicó sus exportaciones de oro en ${year} (${growth.es})`,
        en: `Exporter ${party} multiplied its gold exports in ${year} (${growth.en})`,
      },
      explanation: {
        es: `${party} exportó ${es(surge.fineKg)} kg de oro fino en ${year}, ${es(surge.monthlyKg)} kg al mes en ${surge.months} meses con datos de aduana, frente a ${es(surge.previousKg ?? 0)} kg en ${before} (${es(previous)} kg al mes en ${surge.previousMonths ?? 0} meses): ${growth.es}. Primera exportación registrada: ${surge.firstExport}.`,
        en: `${party} exported ${en(surge.fineKg)} kg of fine gold in ${year}, ${en(surge.monthlyKg)} kg a month over ${surge.months} months of customs data, against ${en(surge.previousKg ?? 0)} kg in ${before} (${en(previous)} kg a month over ${surge.previousMonths ?? 0} months): ${growth.en}. First recorded export: ${surge.firstExport}.`,
      },
    };
  }
  const rank = `${surge.rank ?? 0}/${surge.exporters ?? 0}`;
  return {
    title: {
      es: `Exportador ${party}, registrado el ${surge.registeredOn ?? '?'}, entre los mayores de ${surge.country ?? ''} en su primer año (puesto ${rank})`,
      en: `Exporter ${party}, registered on ${surge.registeredOn ?? '?'}, among the largest in ${surge.country ?? ''} in its first year (rank ${rank})`,
    },
    explanation: {
      es: `${party} se registró el ${surge.registeredOn ?? '?'} y entre ${period.start} y ${period.end} exportó ${es(surge.fineKg)} kg de oro fino (${es(surge.monthlyKg)} kg al mes en ${surge.months} meses con datos de aduana): puesto ${rank} entre los exportadores de oro del país en esos mismos meses. Primera exportación registrada: ${surge.firstExport}.`,
      en: `${party} was registered on ${surge.registeredOn ?? '?'} and between ${period.start} and ${period.end} exported ${en(surge.fineKg)} kg of fine gold (${en(surge.monthlyKg)} kg a month over ${surge.months} months of customs data): rank ${rank} among the country's gold exporters over those same months. First recorded export: ${surge.firstExport}.`,
    },
  };
}

/** The alert for a surge: severity by the fine gold exported per month after it. */
export function surgeAlert(surge: Surge, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const rule = settings.severity;
  return {
    typology: 'EXPORTER_SURGE',
    severity: severityFor(surge.monthlyKg, rule.bands),
    score: Math.min(1, surge.monthlyKg / rule.bands.critical),
    country: surge.country,
    period: surge.period,
    subjects: [surge.party],
    ...texts(surge),
    figures: {
      rule: surge.kind,
      fineKg: surge.fineKg,
      months: surge.months,
      fineKgPerMonth: surge.monthlyKg,
      previousFineKgPerMonth: surge.previousMonthlyKg ?? 'n/a',
      firstExport: surge.firstExport,
      registeredOn: surge.registeredOn ?? 'n/a',
      rank: surge.rank ?? 'n/a',
      exporters: surge.exporters ?? 'n/a',
    },
    evidence: surge.evidence,
  };
}

/** EXPORTER_SURGE: exports up tenfold year on year, or a newly registered company among the largest. */
export const exporterSurgeDetector: Detector<ThresholdName> = {
  code: 'EXPORTER_SURGE',
  thresholds: THRESHOLDS,
  // 1.1.0: a newcomer's first year is measured from its first export (catalogue 1.6.0).
  // 1.2.0: a newly registered exporter's first year counts from its first export.
  // 1.3.0: the country's fineness also from purchase totals a node shares with a hub.
  version: '1.3.0',
  async run(db, settings) {
    return (await surges(db, settings.thresholds)).map((surge) => surgeAlert(surge, settings));
  },
};
