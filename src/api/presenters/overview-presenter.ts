import { SEVERITIES_WORST_FIRST } from '../../core/severity.js';
import type { Catalogue } from '../../detect/catalogue/catalogue.js';
import {
  UNACCOUNTED_FINE_KG_FIGURES,
  VALUE_AT_STAKE_FIGURES,
  type AlertOverviewRows,
  type AlertTally,
} from '../../store/alerts/alert-overview-repository.js';
import { CASE_STATUSES, UNRESOLVED_STATUSES } from '../../triage/case-status.js';
import type { Overview } from '../schemas/overview-schemas.js';

const NONE: AlertTally = { alerts: 0, valueAtStakeUsd: 0, unaccountedFineKg: 0 };

/** The overview a dashboard shows: every severity (zeros included), typologies named, every status counted. */
export function presentOverview(
  rows: AlertOverviewRows,
  byStatus: Record<string, number>,
  catalogue: Catalogue,
): Overview {
  return {
    unresolvedStatuses: [...UNRESOLVED_STATUSES],
    unresolved: rows.all,
    bySeverity: SEVERITIES_WORST_FIRST.map((severity) => ({
      severity,
      ...(rows.bySeverity.find((row) => row.severity === severity) ?? NONE),
    })),
    byTypology: rows.byTypology.map((row) => {
      const typology = catalogue.typologies.find((entry) => entry.code === row.typology);
      return {
        ...row,
        typologyName: typology
          ? { es: typology.name.es, en: typology.name.en }
          : { es: row.typology, en: row.typology },
      };
    }),
    byStatus: Object.fromEntries(CASE_STATUSES.map((status) => [status, byStatus[status] ?? 0])),
    figures: {
      valueAtStakeUsd: [...VALUE_AT_STAKE_FIGURES],
      unaccountedFineKg: [...UNACCOUNTED_FINE_KG_FIGURES],
    },
  };
}
