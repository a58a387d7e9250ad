import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, escalated } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { withCountryFineness } from './country-fineness.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['relativeTolerance', 'absoluteGapUsd', 'windowMonths'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** More fine gold exported than documented behind it, by one exporter or by a whole country. */
export interface ExportGap {
  kind: 'EXPORTER' | 'COUNTRY';
  /** The exporter's canonical id, or the country code. */
  subject: string;
  country: string | null;
  period: { start: string; end: string };
  exportsKg: number;
  purchasesKg: number;
  productionKg: number;
  importsKg: number;
  stockKg: number;
  /** exports - (purchases + production + imports + stock), fine kg. */
  excessKg: number;
  excessUsd: number;
  /** Flagged calendar blocks in the episode (exporters). */
  blocks: number;
  /** Exports whose fine content was estimated from the fineness of the gold bought (no LEY declared). */
  estimated: number;
  evidence: Evidence[];
}

interface GapRow {
  kind: 'EXPORTER' | 'COUNTRY';
  subject: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  exports_kg: string;
  purchases_kg: string;
  production_kg: string;
  imports_kg: string;
  stock_kg: string;
  usd_per_kg: string | null;
  windows: number;
  estimated: number;
  evidence: (EvidenceRow & { role: string })[] | null;
}

const TABLES: Readonly<Record<string, string>> = {
  export: 'customs_declaration',
  purchase: 'mineral_transaction',
  production: 'production_declaration',
};
const ROLES: Readonly<Record<string, string>> = {
  export: 'gold export',
  purchase: 'gold bought',
  production: 'gold production declared',
};

/** Evidence items from rows tagged with a role (export, purchase, production, sale). */
export function roleEvidence(rows: readonly (EvidenceRow & { role: string })[] | null): Evidence[] {
  return (rows ?? []).map(({ id, layout, file, row, role, ...values }) => ({
    table: TABLES[role] ?? 'mineral_transaction',
    layout,
    id,
    file,
    row,
    role: ROLES[role] ?? 'gold sold',
    values,
  }));
}

/** Exporter episodes and country-years whose exports exceed their documented supply. */
export async function exportGaps(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<ExportGap[]> {
  const rows = await db.query<GapRow>(withCountryFineness(detectorSql('production-export-gap')), [
    thresholds.relativeTolerance,
    thresholds.absoluteGapUsd,
    thresholds.windowMonths,
  ]);
  return rows.map((row) => {
    const exportsKg = Number(row.exports_kg);
    const supply =
      Number(row.purchases_kg) + Number(row.production_kg) + Number(row.imports_kg) + Number(row.stock_kg);
    return {
      kind: row.kind,
      subject: row.subject,
      country: row.country,
      period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
      exportsKg,
      purchasesKg: Number(row.purchases_kg),
      productionKg: Number(row.production_kg),
      importsKg: Number(row.imports_kg),
      stockKg: Number(row.stock_kg),
      excessKg: exportsKg - supply,
      excessUsd: (exportsKg - supply) * Number(row.usd_per_kg ?? 0),
      blocks: row.windows,
      estimated: row.estimated,
      evidence: roleEvidence(row.evidence),
    };
  });
}

/** The alert for one gap; a country's names the exporters whose own episodes overlap its year. */
export function exportGapAlert(
  gap: ExportGap,
  settings: DetectorSettings<ThresholdName>,
  exporters: string[],
): AlertDraft {
  const supply = gap.exportsKg - gap.excessKg;
  const ratio = supply > 0 ? gap.exportsKg / supply : Number.POSITIVE_INFINITY;
  const rule = settings.severity;
  const severity = escalated(
    severityFor(ratio, rule.bands),
    gap.excessUsd > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY),
  );
  const times = Number.isFinite(ratio) ? { es: es(ratio, 2), en: en(ratio, 2) } : { es: '∞', en: '∞' };
  const when = `${gap.period.start} – ${gap.period.end}`;
  const estimatedEs =
    gap.estimated > 0
      ? ` ${gap.estimated} exportaciones sin ley declarada se estimaron con la ley del oro comprado.`
      : '';
  const estimatedEn =
    gap.estimated > 0
      ? ` ${gap.estimated} exports with no declared fineness were estimated at the fineness of the gold bought.`
      : '';
  const usd = { es: es(gap.excessUsd, 0), en: en(gap.excessUsd, 0) };
  const isCountry = gap.kind === 'COUNTRY';
  const named = exporters.length > 0 ? exporters.join(', ') : null;
  return {
    typology: 'PRODUCTION_EXPORT_GAP',
    severity,
    score: Math.min(1, (ratio - 1) / (rule.bands.critical - 1)),
    country: gap.country,
    period: gap.period,
    subjects: isCountry ? [gap.subject, ...exporters] : [gap.subject],
    title: isCountry
      ? {
          es: `${gap.subject} exportó ${es(gap.exportsKg)} kg de oro fino en ${gap.period.start.slice(0, 4)}, más que su producción declarada más importaciones (${es(supply)} kg)`,
          en: `${gap.subject} exported ${en(gap.exportsKg)} kg of fine gold in ${gap.period.start.slice(0, 4)}, more than its declared production plus imports (${en(supply)} kg)`,
        }
      : {
          es: `Exportador ${gap.subject} exportó ${es(gap.exportsKg)} kg de oro fino con solo ${es(supply)} kg documentados (${when})`,
          en: `Exporter ${gap.subject} exported ${en(gap.exportsKg)} kg of fine gold with only ${en(supply)} kg documented (${when})`,
        },
    explanation: isCountry
      ? {
          es: `En ${gap.period.start.slice(0, 4)} ${gap.subject} exportó ${es(gap.exportsKg)} kg de oro fino frente a ${es(gap.productionKg)} kg de producción declarada y ${es(gap.importsKg)} kg importados: ${es(gap.excessKg)} kg sin origen declarado (${times.es} veces la oferta; unos USD ${usd.es} al precio mensual del oro).${estimatedEs}${named ? ` Exportadores con exportaciones propias sin respaldo ese año: ${named}.` : ''}`,
          en: `In ${gap.period.start.slice(0, 4)} ${gap.subject} exported ${en(gap.exportsKg)} kg of fine gold against ${en(gap.productionKg)} kg of declared production and ${en(gap.importsKg)} kg imported: ${en(gap.excessKg)} kg with no declared origin (${times.en} times supply; about USD ${usd.en} at the monthly gold price).${estimatedEn}${named ? ` Exporters with unbacked exports of their own that year: ${named}.` : ''}`,
        }
      : {
          es: `Entre ${gap.period.start} y ${gap.period.end} (${gap.blocks} trimestres o bloques seguidos por encima de la tolerancia) ${gap.subject} exportó ${es(gap.exportsKg)} kg de oro fino; compró ${es(gap.purchasesKg)} kg, declaró producir ${es(gap.productionKg)} kg y traía ${es(gap.stockKg)} kg de existencias: ${es(gap.excessKg)} kg exportados sin compra ni producción que los respalde (${times.es} veces lo documentado; unos USD ${usd.es} al precio mensual del oro).${estimatedEs}`,
          en: `Between ${gap.period.start} and ${gap.period.end} (${gap.blocks} consecutive quarters or blocks over the tolerance) ${gap.subject} exported ${en(gap.exportsKg)} kg of fine gold; it bought ${en(gap.purchasesKg)} kg, declared producing ${en(gap.productionKg)} kg and carried ${en(gap.stockKg)} kg of stock: ${en(gap.excessKg)} kg exported with no purchase or production behind it (${times.en} times what is documented; about USD ${usd.en} at the monthly gold price).${estimatedEn}`,
        },
    figures: {
      scope: gap.kind,
      exportsKg: gap.exportsKg,
      purchasesKg: gap.purchasesKg,
      productionKg: gap.productionKg,
      importsKg: gap.importsKg,
      stockKg: gap.stockKg,
      excessKg: gap.excessKg,
      excessUsd: Math.round(gap.excessUsd),
      exportsOverSupply: Number.isFinite(ratio) ? ratio : 'no supply',
      estimatedExports: gap.estimated,
    },
    evidence: gap.evidence,
  };
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** PRODUCTION_EXPORT_GAP: exports of fine gold beyond the purchases and production behind them. */
export const productionExportGapDetector: Detector<ThresholdName> = {
  code: 'PRODUCTION_EXPORT_GAP',
  thresholds: THRESHOLDS,
  // 1.1.0: the country's fineness also from purchase totals a node shares with a hub.
  version: '1.1.0',
  async run(db, settings) {
    const gaps = await exportGaps(db, settings.thresholds);
    const episodes = gaps.filter((gap) => gap.kind === 'EXPORTER');
    return gaps.map((gap) =>
      exportGapAlert(
        gap,
        settings,
        gap.kind === 'COUNTRY'
          ? [
              ...new Set(
                episodes
                  .filter((e) => e.country === gap.country && overlaps(e.period, gap.period))
                  .map((e) => e.subject),
              ),
            ].sort()
          : [],
      ),
    );
  },
};
