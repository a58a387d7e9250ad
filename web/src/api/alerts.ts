import { apiGet, apiPost, type Query } from './client';
import type { AlertDetail, AlertStatus, Answer, Overview, Typology } from './types';

/** The filters of the alert queue, as the query string carries them. */
export interface AlertFilter {
  status?: string;
  severity?: string;
  typology?: string;
  country?: string;
  subject?: string;
  assignee?: string;
  q?: string;
  sort?: string;
  /** 'alert' lists every alert on its own; episodes otherwise. */
  each?: string;
  limit?: number;
  offset?: number;
}

/** A page of the alert queue. */
export function listAlerts(filter: AlertFilter, signal?: AbortSignal): Promise<Answer<'/api/alerts'>> {
  return apiGet<Answer<'/api/alerts'>>('/alerts', filter as Query, signal);
}

/** One episode (or, with each 'alert', one alert alone) with its explanation, evidence and alerts. */
export function getAlert(id: string, each: string, signal?: AbortSignal): Promise<AlertDetail> {
  return apiGet<AlertDetail>(`/alerts/${encodeURIComponent(id)}`, each ? { each } : undefined, signal);
}

/** Moves an alert to another triage status; dismissing needs a reason. */
export function transitionAlert(id: string, to: AlertStatus, reason?: string): Promise<unknown> {
  return apiPost(`/alerts/${encodeURIComponent(id)}/transition`, reason ? { to, reason } : { to });
}

/** Gives an alert to a user, or to no one. */
export function assignAlert(id: string, assignee: string | null): Promise<unknown> {
  return apiPost(`/alerts/${encodeURIComponent(id)}/assign`, { assignee });
}

/** Someone an alert can be given to. */
export interface Assignee {
  username: string;
  displayName: string;
  role: string;
}

/** Whom the signed-in supervisor may give the alert to now. */
export async function listAssignees(id: string, signal?: AbortSignal): Promise<Assignee[]> {
  return (
    await apiGet<{ items: Assignee[] }>(`/alerts/${encodeURIComponent(id)}/assignees`, undefined, signal)
  ).items;
}

/** Leaves a comment on an alert. */
export function commentAlert(id: string, text: string): Promise<unknown> {
  return apiPost(`/alerts/${encodeURIComponent(id)}/comments`, { text });
}

/** The typology catalogue. */
export async function listTypologies(signal?: AbortSignal): Promise<Typology[]> {
  return (await apiGet<{ items: Typology[] }>('/typologies', { limit: 200 }, signal)).items;
}

/** The overview's key figures. */
export function getOverview(signal?: AbortSignal): Promise<Overview> {
  return apiGet<Overview>('/overview', undefined, signal);
}
