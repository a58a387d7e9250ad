import { escalated, severityFor, type AlertDraft } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { en, es, evidenceFrom, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['minEffectiveShare', 'minCountries'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

interface ControlRow {
  person: string;
  documents: string[];
  companies: string[];
  countries: string[];
  exports_usd: string;
  period_start: Date | null;
  period_end: Date | null;
  evidence: EvidenceRow[];
}

/** The alert for one person controlling gold companies across borders under several documents. */
export function crossBorderAlert(row: ControlRow, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const rule = settings.severity;
  const exportsUsd = Number(row.exports_usd);
  const documents = row.documents.join(', ');
  const companies = row.companies.join(', ');
  const countries = row.countries.join(', ');
  const period =
    row.period_start && row.period_end
      ? { start: isoDay(row.period_start), end: isoDay(row.period_end) }
      : { start: '0001-01-01', end: '9999-12-31' };
  return {
    typology: 'CROSS_BORDER_CONTROL',
    // Hidden behind another document is the typology's aggravating case: never below medium.
    severity: escalated(severityFor(exportsUsd, rule.bands), exportsUsd < rule.bands.medium),
    score: Math.min(1, exportsUsd / rule.bands.critical),
    country: row.countries[0] ?? null,
    period,
    subjects: [...row.documents, ...row.companies],
    title: {
      es: `Una persona con ${row.documents.length} documentos controla empresas del oro en ${countries}`,
      en: `One person under ${row.documents.length} documents controls gold companies in ${countries}`,
    },
    explanation: {
      es: `Los registros describen a la misma persona (mismos nombres y apellidos, misma fecha de nacimiento o ambos apellidos) bajo los documentos ${documents}; con ellos es dueña o controla ${companies}, en ${countries}. Esas empresas exportaron USD ${es(exportsUsd, 0)} FOB. Cada registro declara a la persona con otro documento, de modo que el vínculo solo aparece al cruzarlos.`,
      en: `The registers describe one person (same names and surnames, same birth date or both surnames) under documents ${documents}; through them the person owns or controls ${companies}, in ${countries}. Those companies exported USD ${en(exportsUsd, 0)} FOB. Each register declares the person under another document, so the link only shows when they are crossed.`,
    },
    figures: { documents: row.documents.length, companies: row.companies.length, exportsUsd },
    evidence: evidenceFrom('relationship', 'ownership or control under one of the documents', row.evidence),
  };
}

/** CROSS_BORDER_CONTROL: one owner controls gold companies in two or more countries, hidden behind documents. */
export const crossBorderControlDetector: Detector<ThresholdName> = {
  code: 'CROSS_BORDER_CONTROL',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    const rows = await db.query<ControlRow>(detectorSql('cross-border-control'), [
      settings.thresholds.minEffectiveShare * 100,
      settings.thresholds.minCountries,
    ]);
    return rows.map((row) => crossBorderAlert(row, settings));
  },
};
