import { apiGet, apiPost } from './client';
import type { Answer } from './types';

/** The requests to reveal a pseudonymised person this node made (outgoing) or must decide (incoming). */
export type RevealList = Answer<'/api/reveal-requests'>;
/** One request, as its direction, status and the reader's rights show it. */
export type Reveal = RevealList['requests'][number];

/** The requests the signed-in user may see: all of them for one who decides reveals, else their own. */
export function listReveals(signal?: AbortSignal): Promise<RevealList> {
  return apiGet<RevealList>('/reveal-requests', {}, signal);
}

/**
 * Asks the node that shared the person named in the alert to reveal them, for a purpose (a code)
 * the agreement they were shared under lists; the server holds the request to that agreement.
 */
export function requestReveal(ask: {
  alert: string;
  party: string;
  purpose: string;
  reason: string;
}): Promise<Reveal> {
  return apiPost<Reveal>('/reveal-requests', ask);
}

/** Approves a hub's request: the identity goes to the one who asked, readable `days` days. */
export function approveReveal(id: string, reason: string, days: number): Promise<Reveal> {
  return apiPost<Reveal>(`/reveal-requests/${encodeURIComponent(id)}/approve`, { reason, days });
}

/** Refuses a hub's request, with the reason sent back to it. */
export function refuseReveal(id: string, reason: string): Promise<Reveal> {
  return apiPost<Reveal>(`/reveal-requests/${encodeURIComponent(id)}/refuse`, { reason });
}
