import type { Static } from 'typebox';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import type { Neighbourhood } from '../../network/graph/neighbourhood.js';
import type { OwnershipReport } from '../../network/ultimate-owners.js';
import type { EntityAlertRow, EntityProfileRows } from '../../store/entities/entity-profile-queries.js';
import type { EntityMatch } from '../../store/entities/entity-search-queries.js';
import type { TimelineEvent } from '../../store/entities/entity-timeline-queries.js';
import type {
  AlertBrief,
  EntityNetwork,
  EntityOwners,
  EntityProfile,
  EntitySummary,
  TimelineEvent as TimelineEventDto,
} from '../schemas/entity-schemas.js';

/**
 * The entity's merged name when a visible record writes it; else the name its visible records write
 * most: a user never sees a spelling that only a record outside their countries has.
 */
function visibleName(merged: string, names: readonly (string | null)[]): string {
  const written = names.filter((name): name is string => name !== null);
  if (written.length === 0 || written.includes(merged)) return merged;
  return mostFrequent(written) ?? merged;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** A search result. */
export function presentEntityMatch(match: EntityMatch): EntitySummary {
  return {
    id: match.id,
    kind: match.kind,
    name: visibleName(match.name, [...match.names].sort()),
    names: match.names,
    countries: match.countries,
    identifiers: match.identifiers,
    records: match.records,
    score: Math.round(match.score * 1000) / 1000,
    exactIdentifier: match.exact,
  };
}

/** An alert in brief, with its typology's name. */
export function presentAlertBrief(row: EntityAlertRow): Static<typeof AlertBrief> {
  const typology = builtinCatalogue().typologies.find((candidate) => candidate.code === row.typology);
  return {
    id: row.id,
    typology: row.typology,
    typologyName: typology?.name ?? { es: row.typology, en: row.typology },
    severity: row.severity,
    score: row.score,
    country: row.country,
    period: { start: row.periodStart, end: row.periodEnd },
    subjects: row.subjects,
    title: row.title,
    firstDetectedAt: row.firstDetectedAt.toISOString(),
    lastDetectedAt: row.lastDetectedAt.toISOString(),
  };
}

/** The profile of an entity as the user's records show it, with its risk score (null: none in scope). */
export function presentProfile(
  profile: EntityProfileRows,
  risk: number | null,
): Static<typeof EntityProfile> {
  const { entity, identities, alerts, activity } = profile;
  const countries = identities.flatMap((identity) => (identity.country ? [identity.country] : []));
  return {
    id: entity.id,
    kind: entity.kind,
    name: visibleName(
      entity.name,
      identities.map((identity) => identity.name),
    ),
    country: countries.includes(entity.country ?? '') ? entity.country : (mostFrequent(countries) ?? null),
    countries: [...new Set(countries)].sort(),
    identifiers: [...new Set(identities.flatMap((identity) => identity.identifiers))].sort(),
    identities: identities.map((identity) => ({
      layout: identity.layout,
      file: identity.file,
      row: identity.row,
      recordId: identity.recordId,
      batchId: identity.batchId,
      name: identity.name,
      kind: identity.kind,
      identifiers: identity.identifiers,
      country: identity.country,
    })),
    alerts: { items: alerts.items.map(presentAlertBrief), total: alerts.total },
    activity,
    risk,
  };
}

/** The ownership chains above each of the entity's parties, owners linked to their entities. */
export function presentOwners(
  entityId: string,
  reports: readonly OwnershipReport[],
  entityOf: ReadonlyMap<string, string>,
): Static<typeof EntityOwners> {
  return {
    entity: entityId,
    subjects: reports.map((report) => ({
      party: report.subject,
      depth: report.depth,
      owners: report.owners.map((owner) => ({
        party: owner.party,
        entity: entityOf.get(owner.party) ?? null,
        name: owner.name,
        effectiveShare: owner.effectiveShare,
        control: owner.control,
        chains: owner.chains,
      })),
      loops: report.loops,
      undeclaredAbove: report.undeclaredAbove,
    })),
  };
}

/** A neighbourhood for drawing: nodes with their risk scores, edges weighted by the records they rest on. */
export function presentNetwork(
  neighbourhood: Neighbourhood,
  risk: ReadonlyMap<string, number>,
): Static<typeof EntityNetwork> {
  return {
    nodes: neighbourhood.nodes.map((node) => ({ ...node, risk: risk.get(node.id) ?? null })),
    edges: neighbourhood.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      weight: edge.records,
      fineKg: edge.fineKg,
      usd: edge.usd === null ? null : Math.round(edge.usd * 100) / 100,
    })),
    truncated: neighbourhood.truncated,
    hidden: neighbourhood.hidden,
  };
}

/** A dated event with its counterparty gathered in one object. */
export function presentTimelineEvent(event: TimelineEvent): Static<typeof TimelineEventDto> {
  const known = event.counterparty !== null || event.counterpartyCountry !== null;
  return {
    kind: event.kind,
    date: event.date,
    periodEnd: event.periodEnd,
    layout: event.layout,
    file: event.file,
    row: event.row,
    recordId: event.recordId,
    country: event.country,
    metal: event.metal,
    fineKg: event.fineKg,
    massKg: event.massKg,
    usd: event.usd === null ? null : Math.round(event.usd * 100) / 100,
    usdBasis: event.usdBasis,
    counterparty: known
      ? {
          party: event.counterparty,
          entity: event.counterpartyEntity,
          name: event.counterpartyName,
          country: event.counterpartyCountry,
        }
      : null,
    miningRight: event.miningRight,
  };
}
