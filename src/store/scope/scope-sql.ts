import type { Scope } from './scope.js';

/**
 * A SQL condition that keeps only rows within the scope, for a query being built with positional
 * parameters: the condition's values are appended to `params`. Rows whose country is NULL belong
 * to no one country, so only regional users see them.
 */
export function countryCondition(scope: Scope, column: string, params: unknown[]): string {
  if (scope.countries === 'ALL') return 'TRUE';
  params.push([...scope.countries]);
  return `${column} = ANY($${String(params.length)}::text[])`;
}

/**
 * As countryCondition, for rows tied to several countries (an array column): kept when any of them
 * is in scope.
 */
export function countriesCondition(scope: Scope, column: string, params: unknown[]): string {
  if (scope.countries === 'ALL') return 'TRUE';
  params.push([...scope.countries]);
  return `${column} && $${String(params.length)}::text[]`;
}

/**
 * A SQL condition that keeps rows whose own scope (a countries array, NULL meaning every country)
 * lies wholly within `scope`: a national administrator manages only users who see no more than
 * they do.
 */
export function scopeCoversCondition(scope: Scope, column: string, params: unknown[]): string {
  if (scope.countries === 'ALL') return 'TRUE';
  params.push([...scope.countries]);
  return `(${column} IS NOT NULL AND ${column} <@ $${String(params.length)}::text[])`;
}
