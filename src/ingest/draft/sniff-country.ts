import { basename } from 'node:path';
import { mapTerm, resolveCountry } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { headerWords } from './column-names.js';
import { countriesOfScheme } from './national-schemes.js';
import { isSchemeColumn, SCHEME_CROSSWALK } from './scheme-columns.js';
import { columnValues, sniffIdentifierScheme } from './sniff-values.js';

/**
 * The country of the file: the one whose identifier schemes the columns' check digits pass, else a
 * country code leading the file's name (PE-COMPRAS.csv), else the country a column of document
 * types names (NIT and CC: Colombia), else none. A register's export is named after the register
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
  const first = headerWords(basename(path))[0] ?? '';
  if (first.length === 2 && resolveCountry(first)?.alpha2 === first) return first;
  return countryOfDocuments(header, rows);
}

/**
 * The country a column of document types names: one of its documents is one country's alone (a
 * DNI is Peru's, a CC Colombia's), and every other national document it names is that country's
 * too (NIT and CC: Colombia). Documents two countries share say nothing alone (a CI and a NIT are
 * Bolivia's, but a CÉDULA read as a CI beside a NIT may be a Colombian file's); passports and
 * documents of no listed country say nothing; two columns naming two countries say none.
 */
export function countryOfDocuments(header: readonly string[], rows: readonly RawRow[]): string | undefined {
  const found = new Set<string>();
  for (const column of header.filter((name) => isSchemeColumn(name, rows))) {
    const named = [...new Set(columnValues(rows, column))]
      .map((value) => countriesOfScheme(mapTerm('', column, value, SCHEME_CROSSWALK)?.code ?? ''))
      .filter((countries) => countries.length > 0);
    const own = named.find((countries) => countries.length === 1)?.[0];
    if (own !== undefined && named.every((countries) => countries.includes(own))) found.add(own);
  }
  const [country, ...others] = found;
  return others.length === 0 ? country : undefined;
}
