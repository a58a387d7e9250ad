/**
 * The statuses of an alert's case: the one list triage, the store, the API schemas and (through the
 * OpenAPI document) the web app read. It sits in core because the store types its rows with it and
 * the store imports nothing above it; triage/case-status.ts keeps the moves between statuses.
 * The alert_case tables' CHECK constraints restate it in SQL; access/vocabulary-checks.test.ts fails when
 * they differ.
 */

/** Every case status, in the order a case usually passes through them. */
export const CASE_STATUSES = ['open', 'in_review', 'escalated', 'dismissed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses of a case still waiting for a decision: the overview counts these as open work. */
export const UNRESOLVED_STATUSES: readonly CaseStatus[] = ['open', 'in_review', 'escalated'];
