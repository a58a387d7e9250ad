import { apiGet } from './client';
import type { Page } from './types';
import type {
  EntityProfile,
  EntitySummary,
  Network,
  Owners,
  RiskScore,
  TimelineEvent,
} from './types-entities';

/** Entities whose names or identifiers resemble the text. */
export async function searchEntities(
  q: string,
  country?: string,
  signal?: AbortSignal,
): Promise<EntitySummary[]> {
  const body = await apiGet<Page<EntitySummary> | EntitySummary[]>(
    '/entities',
    { q, country, limit: 20 },
    signal,
  );
  return Array.isArray(body) ? body : body.items;
}

/** An entity's profile. */
export function getEntity(id: string, signal?: AbortSignal): Promise<EntityProfile> {
  return apiGet<EntityProfile>(`/entities/${encodeURIComponent(id)}`, undefined, signal);
}

/** An entity's ownership chain and ultimate owners. */
export function getOwners(id: string, signal?: AbortSignal): Promise<Owners> {
  return apiGet<Owners>(`/entities/${encodeURIComponent(id)}/owners`, undefined, signal);
}

/** The network around an entity. */
export function getNetwork(id: string, hops = 1, signal?: AbortSignal): Promise<Network> {
  return apiGet<Network>(`/entities/${encodeURIComponent(id)}/network`, { hops, limit: 40 }, signal);
}

/** An entity's declarations, purchases and exports over time. */
export async function getTimeline(id: string, signal?: AbortSignal): Promise<TimelineEvent[]> {
  const body = await apiGet<TimelineEvent[] | { items: TimelineEvent[] }>(
    `/entities/${encodeURIComponent(id)}/timeline`,
    { limit: 1000 },
    signal,
  );
  return Array.isArray(body) ? body : body.items;
}

/** The riskiest subjects of a kind. */
export function listRisk(kind: string, limit = 10, signal?: AbortSignal): Promise<Page<RiskScore>> {
  return apiGet<Page<RiskScore>>('/risk', { kind, limit }, signal);
}

/** One subject's risk score with its contributions. */
export function getRisk(kind: string, id: string, signal?: AbortSignal): Promise<RiskScore> {
  return apiGet<RiskScore>(`/risk/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, undefined, signal);
}
