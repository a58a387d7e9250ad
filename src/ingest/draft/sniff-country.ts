import { basename } from 'node:path';
import { IDENTIFIER_RULES, mapTerm, resolveCountry } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { headerWords } from './column-names.js';
import { isSchemeColumn, SCHEME_CROSSWALK } from './scheme-columns.js';
import { columnValues, sniffIdentifierScheme } from './sniff-values.js';

// A country's own rule, not one for every country (a mining right's code) or for none.
const NATIONAL = /^[A-Z]{2}$/;

/**
 * The country of the file: the one whose identifier schemes the columns' check digits pass, else
 * the one country whose documents a column of document types names, else a country code leading
 * the file's name (PE-COMPRAS.csv), else none. A register's export is named after the register
 * (RUCOM_2024.csv), not its country, and may write a NIT's check digit in a column of its own.
 */
export function sniffCountry(
  path: string,
  header: readonly string[],
  rows: readonly RawRow[],
): string | undefined {
  const votes = new Map<string, number>();
  for (const column of header) {
    const scheme = sniffIdentifierScheme(columnValues(rows, column));
    const country = scheme?.split(':')[0];
    if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  const voted = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (voted) return voted;
  const documented = countryOfDocuments(header, rows);
  if (documented) return documented;
  const first = headerWords(basename(path))[0] ?? '';
  return first.length === 2 && resolveCountry(first)?.alpha2 === first ? first : undefined;
}

/**
 * The one country that has every national document a column of document types names: NIT and CC
 * together are Colombia's (Bolivia has a NIT, not a CC), by the standard's identifier rules.
 * Passports and documents the rules do not list say nothing; two columns naming two countries'
 * documents say none.
 */
export function countryOfDocuments(header: readonly string[], rows: readonly RawRow[]): string | undefined {
  const found = new Set<string>();
  for (const column of header.filter((name) => isSchemeColumn(name, rows))) {
    let countries: Set<string> | undefined;
    for (const value of new Set(columnValues(rows, column))) {
      const scheme = mapTerm('', column, value, SCHEME_CROSSWALK)?.code;
      const having = IDENTIFIER_RULES.filter(
        (rule) => rule.scheme === scheme && NATIONAL.test(rule.country),
      ).map((rule) => rule.country);
      if (having.length === 0) continue;
      countries = new Set(having.filter((country) => countries?.has(country) ?? true));
    }
    if (countries?.size === 1) for (const country of countries) found.add(country);
  }
  const [country, ...others] = found;
  return others.length === 0 ? country : undefined;
}
