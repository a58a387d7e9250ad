/**
 * What part of the region's data a reader may see. Storage narrows every read to a Scope (the SQL
 * conditions in scope-sql.ts), so the type lives here, below access/, which decides whose scope is
 * whose: access/ imports store/, never the other way round.
 */
export interface Scope {
  /** ISO alpha-2 codes of the countries whose data the user sees, or 'ALL' for the regional secretariat. */
  readonly countries: readonly string[] | 'ALL';
  /** The user's agency (e.g. "SUNAT", "UIAF"), or null for a user not tied to one agency. */
  readonly agency: string | null;
}

/** Whether the scope covers a country (null: data not tied to one country, regional users only). */
export function seesCountry(scope: Scope, country: string | null): boolean {
  if (scope.countries === 'ALL') return true;
  return country !== null && scope.countries.includes(country);
}
