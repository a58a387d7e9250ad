import type { Scope } from '../store/scope/scope.js';

/**
 * The countries an audit entry concerns, sorted and without repeats. An entry is shown to a reader
 * whose scope includes any of them; an empty list means it concerns no one country, so only regional
 * readers see it.
 */
export type AuditCountries = readonly string[];

/** The countries as an entry stores them: sorted, without repeats or blanks. */
export function auditCountries(countries: Iterable<string | null | undefined>): AuditCountries {
  const kept = new Set<string>();
  for (const country of countries) if (country) kept.add(country);
  return [...kept].sort();
}

/**
 * The countries of a user's scope, for entries about the user (their sign-ins, tokens, account):
 * a regional user's entries concern no one country.
 */
export function countriesOfScope(countries: Scope['countries']): AuditCountries {
  return countries === 'ALL' ? [] : auditCountries(countries);
}

/**
 * The countries an act on a subject concerns: the subject's countries the actor may see, which is
 * what the act could reach. When the actor may see none of them (a look at an alert of another
 * country, or at one that does not exist) the entry is about the actor's own attempt and concerns
 * the actor's countries, so their country's administrators see the probe and the subject's do not
 * learn the prober's name.
 */
export function countriesConcerned(
  actorScope: Scope,
  subjectCountries: Iterable<string | null | undefined>,
): AuditCountries {
  const subject = auditCountries(subjectCountries);
  const visible =
    actorScope.countries === 'ALL' ? subject : subject.filter((c) => actorScope.countries.includes(c));
  return visible.length > 0 ? visible : countriesOfScope(actorScope.countries);
}

/** As countriesOfScope, for a stored user, whose countries are null when regional. */
export function countriesOfUser(user: { readonly countries: readonly string[] | null }): AuditCountries {
  return countriesOfScope(user.countries ?? 'ALL');
}

/**
 * Whether a reader with this scope may read an entry concerning these countries: the rule the
 * trail's query applies (audit-repository.ts), for an entry already in hand.
 */
export function readableBy(scope: Scope, countries: readonly string[] | null): boolean {
  if (scope.countries === 'ALL') return true;
  const readable = scope.countries;
  return (countries ?? []).some((country) => readable.includes(country));
}
