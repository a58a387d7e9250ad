import type { Rulebook } from '@veta/standard';
import type { Static } from 'typebox';
import type { Catalogue } from '../../detect/catalogue/catalogue.js';
import { nextStep } from '../../rules/next-step.js';
import type { CaseEvent } from '../../store/alerts/alert-case-repository.js';
import type { EpisodeMember } from '../../store/alerts/alert-episode-repository.js';
import { isSeverity } from '../../core/severity.js';
import type { AlertDetailRow, AlertListRow } from '../../store/alerts/alert-search-repository.js';
import type { CaseStatus } from '../../triage/case-status.js';
import type {
  AlertDetail,
  AlertSummary,
  CaseComment,
  CaseHistoryEntry,
  EpisodeAlert,
  EvidenceItem,
} from '../schemas/alert-schemas.js';

type Evidence = Static<typeof EvidenceItem>;

const namesOfCatalogue = new WeakMap<Catalogue, string>();

/** Each typology's name in both languages, as JSON keyed by code: what a page of alerts names them by. */
export function typologyNamesJson(catalogue: Catalogue): string {
  let names = namesOfCatalogue.get(catalogue);
  if (names === undefined) {
    names = JSON.stringify(
      Object.fromEntries(
        catalogue.typologies.map((typology) => [
          typology.code,
          { es: typology.name.es, en: typology.name.en },
        ]),
      ),
    );
    namesOfCatalogue.set(catalogue, names);
  }
  return names;
}

/** An alert as lists show it, with its typology's name in both languages. */
export function presentAlertSummary(row: AlertListRow, catalogue: Catalogue): AlertSummary {
  const typology = catalogue.typologies.find((entry) => entry.code === row.typology);
  return {
    id: row.id,
    typology: row.typology,
    typologyName: typology
      ? { es: typology.name.es, en: typology.name.en }
      : { es: row.typology, en: row.typology },
    severity: row.severity,
    score: row.score,
    country: row.country,
    period: row.period,
    subjects: row.subjects,
    title: row.title,
    status: row.status,
    assignee: row.assigneeUsername,
    firstDetectedAt: row.firstDetectedAt.toISOString(),
    lastDetectedAt: row.lastDetectedAt.toISOString(),
    episode: row.episode,
  };
}

/**
 * An alert or episode with everything an analyst needs to decide on it: why, on what records, its
 * case so far, its episode's alerts, and the legal channel to take it to under the rulebook given.
 */
export function presentAlertDetail(
  row: AlertDetailRow,
  events: readonly CaseEvent[],
  nextStatuses: readonly CaseStatus[],
  catalogue: Catalogue,
  rulebook: Rulebook,
  members: readonly EpisodeMember[],
): AlertDetail {
  return {
    ...presentAlertSummary(row, catalogue),
    explanation: row.explanation,
    figures: Object.fromEntries(
      Object.entries(row.figures).filter(
        (entry): entry is [string, number | string] =>
          typeof entry[1] === 'number' || typeof entry[1] === 'string',
      ),
    ),
    evidence: row.evidence.flatMap(presentEvidence),
    detectorVersion: row.detectorVersion,
    nextStatuses: [...nextStatuses],
    comments: events.filter((event) => event.kind === 'comment').map(presentComment),
    history: events.flatMap(presentHistoryEntry),
    nextStep: nextStep(row, rulebook, catalogue),
    episodeAlerts: members.flatMap(presentEpisodeAlert),
  };
}

function presentEpisodeAlert(member: EpisodeMember): EpisodeAlert[] {
  const { severity } = member;
  return isSeverity(severity) ? [{ ...member, severity }] : [];
}

/** A comment as the case shows it. */
export function presentComment(event: CaseEvent): CaseComment {
  return { id: event.id, author: event.actorUsername, text: event.comment ?? '', at: event.at.toISOString() };
}

function presentHistoryEntry(event: CaseEvent): CaseHistoryEntry[] {
  if (event.kind === 'comment') return [];
  return [
    {
      id: event.id,
      kind: event.kind,
      from: event.from,
      to: event.to,
      reason: event.reason,
      assignee: event.assigneeUsername,
      author: event.actorUsername,
      at: event.at.toISOString(),
    },
  ];
}

// Evidence is stored as the detector wrote it (detect/alert.ts Evidence); anything else is skipped
// rather than shown half-formed. A monthly total a node shared (at a hub) has no file or row: its
// values name the node, the agreement, the month and the cell.
function presentEvidence(item: unknown): Evidence[] {
  if (typeof item !== 'object' || item === null) return [];
  const { table, layout, id, file, row, role, values } = item as Record<string, unknown>;
  const sharedTotal = table === 'shared_aggregate';
  if (
    typeof table !== 'string' ||
    typeof layout !== 'string' ||
    typeof id !== 'string' ||
    (!sharedTotal && (typeof file !== 'string' || typeof row !== 'number'))
  ) {
    return [];
  }
  return [
    {
      table,
      layout,
      ...(typeof file === 'string' ? { file } : {}),
      ...(typeof row === 'number' ? { row } : {}),
      recordId: id,
      role: typeof role === 'string' ? role : '',
      values: typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {},
    },
  ];
}
