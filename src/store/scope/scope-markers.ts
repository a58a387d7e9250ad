import type { Scope } from './scope.js';
import { countriesCondition, countryCondition } from './scope-sql.js';

const MARKER = /\{(scope|scopes):([A-Za-z_][\w.]*)\}/g;

/**
 * A query kept as a `.sql` file, with each scope marker replaced by the scope's condition:
 * `{scope:t.country}` for a country column, `{scopes:g.countries}` for an array of countries. The
 * conditions come from scope-sql.ts (so scope still becomes SQL in one place) and their values are
 * appended to `params`; the file's own parameters come first.
 */
export function applyScope(sql: string, scope: Scope, params: unknown[]): string {
  return sql.replace(MARKER, (_marker, kind: string, column: string) =>
    kind === 'scope' ? countryCondition(scope, column, params) : countriesCondition(scope, column, params),
  );
}
