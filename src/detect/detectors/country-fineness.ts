import { sqlText } from '../../core/sql-text.js';

// Written once for the three detectors that estimate fine gold from a gross mass, so that a hub's
// shared purchase totals serve them all alike.
const MARKER = '/* country-fineness.sql */';

/** A detector's SQL with the shared country-fineness query in place of its marker. */
export function withCountryFineness(sql: string): string {
  if (!sql.includes(MARKER)) throw new Error(`The query has no ${MARKER} marker to fill`);
  return sql.replace(MARKER, sqlText('detect/detectors/country-fineness.sql'));
}
