import { escalated, severityFor, type AlertDraft } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { en, es, evidenceFrom, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['minCompanies'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

interface NomineeRow {
  /** The resolved entity, or the one document when no resolution placed it. */
  person: string;
  /** Every document the person holds the companies under. */
  documents: string[];
  companies: number;
  company_ids: string[];
  at_one_address: number;
  period_start: Date;
  period_end: Date;
  fine_kg: string;
  value_usd: string;
  evidence: EvidenceRow[];
}

/** The alert for one person fronting many gold companies: severity by their number, up a band past the value. */
export function nomineeAlert(row: NomineeRow, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const rule = settings.severity;
  const valueUsd = Number(row.value_usd);
  const fineKg = Number(row.fine_kg);
  const severity = escalated(
    severityFor(row.companies, rule.bands),
    valueUsd > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY),
  );
  const address =
    row.at_one_address >= 2
      ? {
          es: `; ${row.at_one_address} de ellas comparten domicilio`,
          en: `; ${row.at_one_address} of them share one address`,
        }
      : { es: '', en: '' };
  const list = row.company_ids.join(', ');
  // One person under several documents is named by all of them: each register knows one.
  const who = row.documents.join(' / ');
  return {
    typology: 'NOMINEE_NETWORK',
    severity,
    score: Math.min(1, row.companies / rule.bands.critical),
    country: (row.documents[0] ?? row.person).slice(0, 2),
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    subjects: [...row.documents, ...row.company_ids],
    title: {
      es: `${who} es dueño o representante de ${row.companies} empresas del oro sin relación entre sí`,
      en: `${who} owns or represents ${row.companies} unrelated gold companies`,
    },
    explanation: {
      es: `${who} figura como dueño o representante legal de ${row.companies} empresas que compran, venden o exportan oro y que no son dueñas unas de otras (${list})${address.es}. Compraron ${es(fineKg, 2)} kg de oro fino, unos USD ${es(valueUsd, 0)} al precio de referencia del mes.`,
      en: `${who} is recorded as owner or legal representative of ${row.companies} companies that buy, sell or export gold and do not own one another (${list})${address.en}. They bought ${en(fineKg, 2)} kg of fine gold, about USD ${en(valueUsd, 0)} at the month's reference price.`,
    },
    figures: {
      companies: row.companies,
      companiesAtOneAddress: row.at_one_address,
      fineKg,
      valueUsd,
    },
    evidence: evidenceFrom('relationship', 'ownership or office held by the person', row.evidence),
  };
}

/** NOMINEE_NETWORK: one person appears as owner or officer of many unrelated gold companies. */
export const nomineeNetworkDetector: Detector<ThresholdName> = {
  code: 'NOMINEE_NETWORK',
  thresholds: THRESHOLDS,
  // 1.1.0: a person is a resolved entity, with every document it holds companies under.
  version: '1.1.0',
  async run(db, settings) {
    const rows = await db.query<NomineeRow>(detectorSql('nominee-network'), [
      settings.thresholds.minCompanies,
    ]);
    return rows.map((row) => nomineeAlert(row, settings));
  },
};
