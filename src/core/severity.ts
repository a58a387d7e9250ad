/**
 * Alert severities: the one list the detectors, the catalogue, the store's orderings, the API
 * schemas and (through the OpenAPI document) the web app read. The alert table's CHECK
 * constraint restates it in SQL; access/vocabulary-checks.test.ts fails when the two differ.
 */

/** Every severity, from least to most serious. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every severity, most serious first: the order lists and counts show them in. */
export const SEVERITIES_WORST_FIRST: readonly Severity[] = [...SEVERITIES].reverse();

/** A severity's place from 0 (low) up. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The severity at a rank, clamped to the list (so one above critical stays critical). */
export function severityAt(rank: number): Severity {
  const last = SEVERITIES.length - 1;
  return SEVERITIES[Math.min(Math.max(Math.trunc(rank), 0), last)] ?? 'low';
}

/** The severities at or above `floor`, least serious first. */
export function severitiesFrom(floor: Severity): Severity[] {
  return SEVERITIES.slice(severityRank(floor));
}

/** Whether a text names a severity. */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * SQL ranking a severity column along `order` (1 for its first): the rank ORDER BY sorts on,
 * spelled from this list so a query never carries its own copy. The words are constants, never input.
 */
export function severityRankSql(column: string, order: readonly Severity[] = SEVERITIES): string {
  return `array_position(ARRAY[${order.map((severity) => `'${severity}'`).join(',')}], ${column})`;
}
