/**
 * The life of an alert as a case: the statuses an analyst moves it through and which move may
 * follow which. Kept as data so the API, the web app and the docs read one table.
 */

/** Every case status, in the order a case usually passes through them. */
export const CASE_STATUSES = ['open', 'in_review', 'escalated', 'dismissed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses of a case still waiting for a decision: the overview counts these as open work. */
export const UNRESOLVED_STATUSES: readonly CaseStatus[] = ['open', 'in_review', 'escalated'];

/** A filter's word for every unresolved status at once (the overview counts these). */
export const UNRESOLVED = 'unresolved';

/** Statuses as a filter names them, with `unresolved` spelled out. */
export function expandStatuses(statuses: readonly (CaseStatus | typeof UNRESOLVED)[]): CaseStatus[] {
  return [...new Set(statuses.flatMap((status) => (status === UNRESOLVED ? UNRESOLVED_STATUSES : [status])))];
}

const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['in_review'],
  in_review: ['escalated', 'dismissed', 'open'],
  escalated: ['closed', 'in_review'],
  dismissed: ['closed', 'open'],
  closed: ['open'],
};

/** The statuses a case in `status` may move to next. */
export function nextStatuses(status: CaseStatus): readonly CaseStatus[] {
  return NEXT[status];
}

/** Whether a text names a case status. */
export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
