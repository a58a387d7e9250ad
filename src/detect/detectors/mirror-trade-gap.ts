import { listCountries } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { escalated, severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { en as enNumber, es as esNumber, isoDay, periodLabel } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['cifFobFactorAllGoods', 'cifFobFactorGold', 'relativeGap', 'absoluteGapUsd'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** One export beside the partner's mirror import, both on an FOB basis. */
export interface MirrorPair {
  exporter: string;
  importer: string;
  hsCode: string;
  period: { start: string; end: string };
  exportsFob: number;
  importsFob: number;
  /** |exports - imports|, in USD. */
  gap: number;
  /** `over` when the exporter reports more than the importer, `none` when both agree, as GFI's `uo_x`. */
  direction: 'over' | 'under' | 'none';
  /** The export and the mirror import; for a year summed from months, each month's two. */
  evidence: Evidence[];
  /** For a year summed from monthly pairs, how many months it sums. */
  summedMonths?: number;
}

interface PairRow {
  export_id: string;
  export_layout: string;
  export_row: number;
  export_file: string;
  import_id: string;
  import_layout: string;
  import_row: number;
  import_file: string;
  exporter: string;
  importer: string;
  hs_code: string;
  period_start: Date;
  period_end: Date;
  exports_fob: string;
  imports_reported: string;
  import_basis: string;
  imports_fob: string;
}

/** Every mirror pair in the database, with CIF imports brought to FOB by the given factors. */
export async function mirrorPairs(
  db: Queryable,
  factors: { allGoods: number; gold: number },
): Promise<MirrorPair[]> {
  const rows = await db.query<PairRow>(detectorSql('mirror-trade-gap'), [factors.allGoods, factors.gold]);
  return rows.map(toPair);
}

function toPair(row: PairRow): MirrorPair {
  const exportsFob = Number(row.exports_fob);
  const importsFob = Number(row.imports_fob);
  const evidence = (
    role: string,
    table: string,
    id: string,
    layout: string,
    file: string,
    rowNumber: number,
    value: string,
  ): Evidence => ({
    table,
    layout,
    id,
    file,
    row: rowNumber,
    role,
    values: { valueUsd: Number(value) },
  });
  return {
    exporter: row.exporter,
    importer: row.importer,
    hsCode: row.hs_code,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    exportsFob,
    importsFob,
    gap: Math.abs(exportsFob - importsFob),
    direction: exportsFob === importsFob ? 'none' : exportsFob > importsFob ? 'over' : 'under',
    evidence: [
      evidence(
        'export reported by the exporter',
        'trade_statistic',
        row.export_id,
        row.export_layout,
        row.export_file,
        row.export_row,
        row.exports_fob,
      ),
      evidence(
        `import reported by the partner (${row.import_basis})`,
        'trade_statistic',
        row.import_id,
        row.import_layout,
        row.import_file,
        row.import_row,
        row.imports_reported,
      ),
    ],
  };
}

/** The alert a pair raises under the settings, or none when the gap is within the thresholds. */
export function mirrorGapAlert(
  pair: MirrorPair,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft | undefined {
  const { thresholds, severity: rule } = settings;
  const smaller = Math.min(pair.exportsFob, pair.importsFob);
  const larger = Math.max(pair.exportsFob, pair.importsFob);
  if (pair.gap <= thresholds.relativeGap * smaller || pair.gap <= thresholds.absoluteGapUsd) return undefined;
  const ratio = smaller > 0 ? larger / smaller : Number.POSITIVE_INFINITY;
  // A gap past the catalogue's escalateAboveUsd moves the alert one band up.
  const severity = escalated(
    severityFor(ratio, rule.bands),
    pair.gap > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY),
  );
  const names = countryNames();
  const from = names.get(pair.exporter) ?? { es: pair.exporter, en: pair.exporter };
  const to = names.get(pair.importer) ?? { es: pair.importer, en: pair.importer };
  const when = periodLabel(pair.period);
  const es = (n: number): string => esNumber(n, 0);
  const en = (n: number): string => enNumber(n, 0);
  const who =
    pair.direction === 'over'
      ? { es: 'el exportador reporta más', en: 'the exporter reports more' }
      : { es: 'el importador reporta más', en: 'the importer reports more' };
  return {
    typology: 'MIRROR_TRADE_GAP',
    severity,
    score: Math.min(1, (ratio - 1) / (rule.bands.critical - 1)),
    country: pair.exporter,
    period: pair.period,
    subjects: [pair.exporter, pair.importer],
    // One flow of a pair, whatever the commodity or the period compared: one episode.
    about: `${pair.exporter}>${pair.importer}`,
    // The two flows of a pair share their subjects: the one whose exporter sorts last is told
    // apart by its direction (the other keeps the id it had before 1.1.0).
    qualifier:
      pair.exporter < pair.importer ? pair.hsCode : `${pair.hsCode} ${pair.exporter}>${pair.importer}`,
    title: {
      es: `Brecha espejo ${from.es} → ${to.es} (${pair.hsCode}, ${when}): USD ${es(pair.gap)}`,
      en: `Mirror gap ${from.en} → ${to.en} (${pair.hsCode}, ${when}): USD ${en(pair.gap)}`,
    },
    explanation: {
      es: `${from.es} declaró exportaciones a ${to.es} por USD ${es(pair.exportsFob)} FOB (${pair.hsCode}, ${pair.period.start} a ${pair.period.end}${pair.summedMonths === undefined ? '' : `, suma de ${String(pair.summedMonths)} meses`}); ${to.es} declaró importaciones desde ${from.es} por USD ${es(pair.importsFob)} en base FOB. Brecha de USD ${es(pair.gap)}, ${ratio.toFixed(2)} veces; ${who.es}.`,
      en: `${from.en} declared exports to ${to.en} of USD ${en(pair.exportsFob)} FOB (${pair.hsCode}, ${pair.period.start} to ${pair.period.end}${pair.summedMonths === undefined ? '' : `, the sum of ${String(pair.summedMonths)} months`}); ${to.en} declared imports from ${from.en} of USD ${en(pair.importsFob)} on an FOB basis. A gap of USD ${en(pair.gap)}, ${ratio.toFixed(2)} times; ${who.en}.`,
    },
    figures: {
      exportsFobUsd: pair.exportsFob,
      importsFobUsd: pair.importsFob,
      // A year summed from months repeats their gaps: counted apart, so the value at stake of an
      // episode holding both is not counted twice.
      [pair.summedMonths === undefined ? 'gapUsd' : 'summedGapUsd']: pair.gap,
      ratio,
      direction: pair.direction,
      hsCode: pair.hsCode,
    },
    evidence: [...pair.evidence],
  };
}

/**
 * Monthly pairs summed over each calendar year they fall in (two months or more): a gap too small
 * in dollars to be raised any single month, yet there every month, adds up over the year to what
 * the partner's annual figures would show. Years a source reports as a whole are compared as given.
 */
export function yearsOf(pairs: readonly MirrorPair[]): MirrorPair[] {
  const years = new Map<string, MirrorPair[]>();
  for (const pair of pairs) {
    const { start, end } = pair.period;
    if (start.slice(0, 7) !== end.slice(0, 7)) continue;
    const key = [pair.exporter, pair.importer, pair.hsCode, start.slice(0, 4)].join('|');
    years.set(key, [...(years.get(key) ?? []), pair]);
  }
  const reported = new Set(
    pairs.map((pair) =>
      [pair.exporter, pair.importer, pair.hsCode, pair.period.start, pair.period.end].join('|'),
    ),
  );
  return [...years.values()].flatMap((months) => {
    const [first] = months;
    if (!first || months.length < 2) return [];
    const year = first.period.start.slice(0, 4);
    const period = { start: `${year}-01-01`, end: `${year}-12-31` };
    const key = [first.exporter, first.importer, first.hsCode, period.start, period.end].join('|');
    if (reported.has(key)) return [];
    const exportsFob = months.reduce((sum, pair) => sum + pair.exportsFob, 0);
    const importsFob = months.reduce((sum, pair) => sum + pair.importsFob, 0);
    return [
      {
        ...first,
        period,
        exportsFob,
        importsFob,
        gap: Math.abs(exportsFob - importsFob),
        direction: exportsFob === importsFob ? 'none' : exportsFob > importsFob ? 'over' : 'under',
        evidence: months.flatMap((pair) => pair.evidence),
        summedMonths: months.length,
      },
    ];
  });
}

function countryNames(): Map<string, { es: string; en: string }> {
  return new Map(
    listCountries().map((country) => [country.alpha2, { es: country.nameEs, en: country.nameEn }]),
  );
}

/** MIRROR_TRADE_GAP: an exporter's reported exports against the partner's mirror imports. */
export const mirrorTradeGapDetector: Detector<ThresholdName> = {
  code: 'MIRROR_TRADE_GAP',
  thresholds: THRESHOLDS,
  // 1.1.0: a pair's two flows raise two alerts; they shared one id, and the weaker was lost.
  // 1.2.0: monthly pairs are also compared summed over their calendar year.
  version: '1.2.0',
  async run(db, settings) {
    const { thresholds } = settings;
    const pairs = await mirrorPairs(db, {
      allGoods: thresholds.cifFobFactorAllGoods,
      gold: thresholds.cifFobFactorGold,
    });
    return [...pairs, ...yearsOf(pairs)].flatMap((pair) => mirrorGapAlert(pair, settings) ?? []);
  },
};
