import { escalated, severityFor, type AlertDraft, type Bilingual } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { en, es, evidenceFrom, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'maxAgeMonths',
  'maxCapitalCop',
  'minSharedAddress',
  'nomineeCompanies',
  'minMarkers',
  'minTurnoverUsd',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

interface ShellRow {
  company: string;
  first_trade: Date;
  last_trade: Date;
  fine_kg: string;
  value_usd: string;
  registered_on: Date | null;
  capital_cop: string | null;
  address: string | null;
  companies_at_address: number;
  shared_with: string[] | null;
  young: boolean;
  nominal_capital: boolean;
  shared_address: boolean;
  shared_officer: boolean;
  nominee_officer: boolean;
  not_located_or_closed: boolean;
  marker_count: number;
  evidence: EvidenceRow[];
}

/** Each marker a company carries, said in both languages with the figure behind it. */
function markers(row: ShellRow): Bilingual[] {
  const said: Bilingual[] = [];
  if (row.young && row.registered_on)
    said.push({
      es: `inscrita el ${isoDay(row.registered_on)}, poco antes de su primera operación con oro (${isoDay(row.first_trade)})`,
      en: `registered on ${isoDay(row.registered_on)}, shortly before its first gold trade (${isoDay(row.first_trade)})`,
    });
  if (row.nominal_capital)
    said.push({
      es: `capital de COP ${es(Number(row.capital_cop), 0)}`,
      en: `capital of COP ${en(Number(row.capital_cop), 0)}`,
    });
  if (row.shared_address)
    said.push({
      es: `domicilio (${row.address ?? ''}) compartido por ${row.companies_at_address} empresas`,
      en: `address (${row.address ?? ''}) shared by ${row.companies_at_address} companies`,
    });
  if (row.shared_officer)
    said.push({
      es: `dueño o representante común con otras empresas (${(row.shared_with ?? []).join(', ')})`,
      en: `owner or officer shared with other companies (${(row.shared_with ?? []).join(', ')})`,
    });
  if (row.nominee_officer)
    said.push({
      es: 'ese dueño o representante figura en muchas otras empresas, como testaferro',
      en: 'that owner or officer fronts many other companies, as a nominee does',
    });
  if (row.not_located_or_closed)
    said.push({
      es: 'no hallada en su domicilio, sin domicilio registrado o dada de baja',
      en: 'not located at its address, with no address on record, or closed',
    });
  return said;
}

/** The alert for one company: severity by its number of markers, up a band past the value. */
export function shellAlert(row: ShellRow, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const rule = settings.severity;
  const valueUsd = Number(row.value_usd);
  const fineKg = Number(row.fine_kg);
  const said = markers(row);
  return {
    typology: 'SHELL_COMPANY',
    severity: escalated(
      severityFor(row.marker_count, rule.bands),
      valueUsd > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY),
    ),
    score: Math.min(1, row.marker_count / 6),
    country: row.company.slice(0, 2),
    period: { start: isoDay(row.first_trade), end: isoDay(row.last_trade) },
    subjects: [row.company, ...(row.shared_with ?? [])],
    title: {
      es: `${row.company} tiene ${row.marker_count} rasgos de empresa de fachada y movió ${es(fineKg, 1)} kg de oro fino`,
      en: `${row.company} shows ${row.marker_count} shell-company markers and moved ${en(fineKg, 1)} kg of fine gold`,
    },
    explanation: {
      es: `${row.company}: ${said.map((marker) => marker.es).join('; ')}. Sin embargo compró o exportó ${es(fineKg, 2)} kg de oro fino entre ${isoDay(row.first_trade)} y ${isoDay(row.last_trade)}, unos USD ${es(valueUsd, 0)} al precio de referencia.`,
      en: `${row.company}: ${said.map((marker) => marker.en).join('; ')}. Yet it bought or exported ${en(fineKg, 2)} kg of fine gold between ${isoDay(row.first_trade)} and ${isoDay(row.last_trade)}, about USD ${en(valueUsd, 0)} at the reference price.`,
    },
    figures: { markers: row.marker_count, fineKg, valueUsd, companiesAtAddress: row.companies_at_address },
    evidence: evidenceFrom('party', 'register entry of the company', row.evidence),
  };
}

/** SHELL_COMPANY: a young, thin company with shared address or officers that trades gold all the same. */
export const shellCompanyDetector: Detector<ThresholdName> = {
  code: 'SHELL_COMPANY',
  thresholds: THRESHOLDS,
  // 1.1.0: an owner or officer fronting many companies is a marker of its own (catalogue 1.7.0).
  // 1.2.0: Ecuador's and Bolivia's company registers count like Peru's and Colombia's (an entry
  // without an address, and as evidence).
  version: '1.2.0',
  async run(db, settings) {
    const { thresholds } = settings;
    const rows = await db.query<ShellRow>(detectorSql('shell-company'), [
      thresholds.maxAgeMonths,
      thresholds.maxCapitalCop,
      thresholds.minSharedAddress,
      thresholds.minMarkers,
      thresholds.minTurnoverUsd,
      thresholds.nomineeCompanies,
    ]);
    return rows.map((row) => shellAlert(row, settings));
  },
};
