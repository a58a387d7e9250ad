import { apiGet } from './client';
import type {
  EntityProfile,
  EntitySummary,
  Network,
  Owners,
  RiskDetail,
  RiskScore,
  TimelineEvent,
} from './types-entities';

/** Entities whose names or identifiers resemble the text. */
export async function searchEntities(
  q: string,
  country?: string,
  signal?: AbortSignal,
): Promise<EntitySummary[]> {
  return (await apiGet<{ items: EntitySummary[] }>('/entities', { q, country, limit: 20 }, signal)).items;
}

/** An entity's profile. */
export function getEntity(id: string, signal?: AbortSignal): Promise<EntityProfile> {
  return apiGet<EntityProfile>(`/entities/${encodeURIComponent(id)}`, undefined, signal);
}

/** An entity's ownership chains and ultimate owners. */
export function getOwners(id: string, signal?: AbortSignal): Promise<Owners> {
  return apiGet<Owners>(`/entities/${encodeURIComponent(id)}/owners`, undefined, signal);
}

/** The network around an entity, one hop at a time (the view expands it node by node). */
export function getNetwork(id: string, signal?: AbortSignal): Promise<Network> {
  return apiGet<Network>(`/entities/${encodeURIComponent(id)}/network`, { hops: 1, limit: 40 }, signal);
}

/** An entity's declarations, purchases and exports over time. */
export async function getTimeline(id: string, signal?: AbortSignal): Promise<TimelineEvent[]> {
  const page = await apiGet<{ items: TimelineEvent[] }>(
    `/entities/${encodeURIComponent(id)}/timeline`,
    { limit: 1000 },
    signal,
  );
  return page.items;
}

/** The riskiest subjects of a kind. */
export function listRisk(
  kind: string,
  limit = 10,
  signal?: AbortSignal,
): Promise<{ items: RiskScore[]; total: number }> {
  return apiGet<{ items: RiskScore[]; total: number }>('/risk', { kind, limit }, signal);
}

/** One subject's risk score with every contribution. */
export function getRisk(kind: string, id: string, signal?: AbortSignal): Promise<RiskDetail> {
  return apiGet<RiskDetail>(`/risk/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, undefined, signal);
}
