import { controlGaps, REGION_BORDERS, type ControlGap } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { escalated, severityFor, type AlertDraft, type Bilingual } from '../alert.js';
import { ruleCitation } from '../cite-rules.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, evidenceFrom, type EvidenceRow } from '../explain.js';
import { isoMonth, isoMonthEnd, monthNumber } from '../months.js';
import { detectorSql } from '../sql-file.js';
import { withCountryFineness } from './country-fineness.js';
import {
  borderShifts,
  type BorderFlows,
  type BorderShift,
  type MonthlyFlow,
  type Span,
} from './border-shifts.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'minFall',
  'minRise',
  'minBalance',
  'minKgPerMonth',
  'minWindowMonths',
  'maxWindowMonths',
  'baselineMonths',
  'minSideMonths',
  'minSideShare',
  'minCorrelation',
  'recentRuleMonths',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

interface FlowRow {
  kind: 'purchase' | 'export';
  country: string;
  party: string;
  month: string;
  fine_kg: number | null;
  first_month: string;
  last_month: string;
}

/** A shift across a border, with the controls it goes around and the records behind it. */
interface Arbitrage {
  shift: BorderShift;
  gaps: ControlGap[];
  /** The controls that came into force shortly before the shift began. */
  recent: ControlGap[];
  evidence: EvidenceRow[];
}

const firstDay = (month: string): string => isoMonth(monthNumber(month));
const lastDay = (month: string): string => isoMonthEnd(monthNumber(month));

function toFlows(rows: readonly FlowRow[]): BorderFlows {
  const of = (kind: FlowRow['kind']): MonthlyFlow[] =>
    rows.flatMap((row) =>
      row.kind !== kind || row.fine_kg === null
        ? []
        : [{ country: row.country, party: row.party, month: row.month, fineKg: row.fine_kg }],
    );
  const coverage = (kind: FlowRow['kind']): Map<string, Span> =>
    new Map(
      rows
        .filter((row) => row.kind === kind)
        .map((row) => [row.country, { first: row.first_month, last: row.last_month }]),
    );
  return {
    purchases: of('purchase'),
    exports: of('export'),
    purchaseCoverage: coverage('purchase'),
    exportCoverage: coverage('export'),
  };
}

async function arbitrages(db: Queryable, settings: DetectorSettings<ThresholdName>): Promise<Arbitrage[]> {
  const { thresholds, rulebook } = settings;
  const flows = toFlows(
    await db.query<FlowRow>(withCountryFineness(detectorSql('regulatory-arbitrage-flows'))),
  );
  const gapsOn = (from: string, to: string, month: string): ControlGap[] =>
    controlGaps(rulebook, from, to, firstDay(month), 'gold');
  const pairs = REGION_BORDERS.flatMap(([one, other]) => [[one, other] as const, [other, one] as const]);
  const found: Arbitrage[] = [];
  for (const shift of borderShifts(
    flows,
    pairs,
    thresholds,
    (from, to, month) => gapsOn(from, to, month).length > 0,
  )) {
    const gaps = gapsOn(shift.from, shift.to, shift.window.first);
    const start = monthNumber(shift.window.first);
    const recent = gaps.filter((gap) => {
      const since = start - monthNumber(gap.stricter.inForce.from);
      return since >= 0 && since <= thresholds.recentRuleMonths;
    });
    const evidence = await db.query<EvidenceRow>(detectorSql('regulatory-arbitrage-evidence'), [
      shift.carriers.map((carrier) => carrier.party),
      firstDay(shift.window.first),
      lastDay(shift.window.last),
    ]);
    found.push({ shift, gaps, recent, evidence });
  }
  return found;
}

function controlsText(arbitrage: Arbitrage, language: 'es' | 'en'): string {
  const { from, to } = arbitrage.shift;
  return arbitrage.gaps
    .map(({ topic, stricter, looser }) => {
      const there = looser
        ? `${to}: ${ruleCitation(topic, looser, language)}`
        : language === 'es'
          ? `${to}: sin regla registrada`
          : `${to}: no rule recorded`;
      return `${topic.name[language]}, ${from}: ${ruleCitation(topic, stricter, language)}; ${there}`;
    })
    .join('. ');
}

function recentText(arbitrage: Arbitrage, language: 'es' | 'en'): string {
  if (arbitrage.recent.length === 0) return '';
  const rules = arbitrage.recent
    .map(({ topic, stricter }) => `${topic.name[language]} (${stricter.inForce.from})`)
    .join(', ');
  return language === 'es'
    ? ` El desvío empezó poco después de que ${arbitrage.shift.from} endureciera su control: ${rules}.`
    : ` The shift began soon after ${arbitrage.shift.from} tightened its control: ${rules}.`;
}

function texts(arbitrage: Arbitrage): { title: Bilingual; explanation: Bilingual } {
  const s = arbitrage.shift;
  const fall = s.fallKg;
  const rise = s.riseKg;
  const fallShare = (100 * fall) / s.fromUsualKg;
  const riseShare = s.toUsualKg > 0 ? (100 * rise) / s.toUsualKg : null;
  const carriers = (language: 'es' | 'en'): string =>
    s.carriers
      .map(
        (c) =>
          `${c.party} (+${language === 'es' ? es(c.riseKg) : en(c.riseKg)} ${language === 'es' ? 'kg al mes' : 'kg a month'})`,
      )
      .join(', ');
  const period = `${s.window.first} – ${s.window.last}`;
  return {
    title: {
      es: `Oro que sale de ${s.from} hacia ${s.to}, donde el control es más laxo o no consta (${period})`,
      en: `Gold leaving ${s.from} for ${s.to}, where control is looser or not recorded (${period})`,
    },
    explanation: {
      es:
        `Entre ${s.window.first} y ${s.window.last} (${s.length} meses) el oro fino que los compradores de ${s.from} registran comprar a minas cayó ${es(fall)} kg al mes (−${es(fallShare)} % frente a su nivel habitual de ${es(s.fromUsualKg)} kg, la mediana de los meses vecinos) ` +
        `mientras las exportaciones de oro fino de ${s.to}, país vecino, subieron ${es(rise)} kg al mes más que lo que sus compradores registran comprar a sus minas (${riseShare === null ? 'desde cero' : `+${es(riseShare)} %`} de sus exportaciones habituales, ${es(s.toUsualKg)} kg). ` +
        `La subida la llevan ${carriers('es') || 'exportadores sin subida propia'}. ` +
        `${s.from} controla ese oro y ${s.to} no, o menos: ${controlsText(arbitrage, 'es')}.${recentText(arbitrage, 'es')}`,
      en:
        `From ${s.window.first} to ${s.window.last} (${s.length} months) the fine gold ${s.from}'s buyers record buying from mines fell by ${en(fall)} kg a month (−${en(fallShare)}% against its usual ${en(s.fromUsualKg)} kg, the median of the months around it) ` +
        `while the fine gold exported by ${s.to}, its neighbour, rose by ${en(rise)} kg a month more than its buyers record buying from its mines (${riseShare === null ? 'from nothing' : `+${en(riseShare)}%`} of its usual exports, ${en(s.toUsualKg)} kg). ` +
        `The rise is carried by ${carriers('en') || 'no exporter rising on its own'}. ` +
        `${s.from} controls that gold and ${s.to} does not, or less: ${controlsText(arbitrage, 'en')}.${recentText(arbitrage, 'en')}`,
    },
  };
}

/** The alert for a shift: severity by the fine gold that moved each month, one level up soon after a rule changed. */
export function arbitrageAlert(arbitrage: Arbitrage, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const s = arbitrage.shift;
  const moved = Math.min(s.fallKg, s.riseKg);
  const rule = settings.severity;
  return {
    typology: 'REGULATORY_ARBITRAGE',
    severity: escalated(severityFor(moved, rule.bands), arbitrage.recent.length > 0),
    score: Math.min(1, moved / rule.bands.critical),
    country: s.to,
    period: { start: firstDay(s.window.first), end: lastDay(s.window.last) },
    subjects: [s.from, s.to, ...s.carriers.map((carrier) => carrier.party)],
    ...texts(arbitrage),
    figures: {
      from: s.from,
      to: s.to,
      months: s.length,
      movedKgPerMonth: moved,
      boughtFromMinesUsualKgPerMonth: s.fromUsualKg,
      boughtFromMinesWindowKgPerMonth: s.fromWindowKg,
      exportedUsualKgPerMonth: s.toUsualKg,
      exportedWindowKgPerMonth: s.toWindowKg,
      fallKgPerMonth: s.fallKg,
      unbackedRiseKgPerMonth: s.riseKg,
      correlation: s.correlation,
      controls: arbitrage.gaps.map((gap) => gap.topic.id).join(', '),
      recentControls: arbitrage.recent.map((gap) => gap.topic.id).join(', ') || 'none',
      rulebookVersion: settings.rulebook.version,
    },
    evidence: evidenceFrom('customs_declaration', 'gold export carrying the rise', arbitrage.evidence),
  };
}

/** REGULATORY_ARBITRAGE: gold bought from mines falling in a country that controls it while exports rise next door, where control is looser. */
export const regulatoryArbitrageDetector: Detector<ThresholdName> = {
  code: 'REGULATORY_ARBITRAGE',
  thresholds: THRESHOLDS,
  // 1.2.0: the country's fineness also from purchase totals a node shares with a hub.
  version: '1.2.0',
  weighsRules: ['gold'],
  async run(db, settings) {
    return (await arbitrages(db, settings)).map((arbitrage) => arbitrageAlert(arbitrage, settings));
  },
};
