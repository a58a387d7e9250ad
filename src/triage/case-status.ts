/**
 * The life of an alert as a case: which move may follow which, over the statuses of
 * core/case-statuses.ts. Kept as data so the API, the web app and the docs read one table.
 */
import { CASE_STATUSES, UNRESOLVED_STATUSES, type CaseStatus } from '../core/case-statuses.js';

export { CASE_STATUSES, UNRESOLVED_STATUSES, type CaseStatus } from '../core/case-statuses.js';

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
