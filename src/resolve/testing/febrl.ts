import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ResolutionRecord } from '../resolution-record.js';

/** The FEBRL benchmark file shipped beside the tests (see data/NOTICE.md). */
export const FEBRL_FILE = new URL('../../../src/resolve/testing/data/febrl-dataset1.csv', import.meta.url);

/** FEBRL's rows as written, by column (rec_id, given_name, surname, ..., soc_sec_id). */
export function readFebrlRows(file: URL | string = FEBRL_FILE): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    columns: true,
    trim: true,
    skip_empty_lines: true,
  });
}

/** FEBRL's person records as resolution records, and each record's true entity (rec-N). */
export function readFebrl(file: URL | string = FEBRL_FILE): { records: ResolutionRecord[]; truth: string[] } {
  const rows = readFebrlRows(file);
  const records: ResolutionRecord[] = [];
  const truth: string[] = [];
  for (const row of rows) {
    const field = (name: string): string => (row[name] ?? '').trim();
    const given = field('given_name');
    const surname = field('surname');
    const address = ['street_number', 'address_1', 'address_2', 'suburb', 'postcode', 'state']
      .map(field)
      .filter((part) => part !== '')
      .join(' ');
    const ssn = field('soc_sec_id').replace(/\s+/g, '');
    const date = field('date_of_birth');
    records.push({
      key: field('rec_id'),
      kind: 'PERSON',
      name: `${given} ${surname}`.trim(),
      givenNames: given || undefined,
      paternalSurname: surname || undefined,
      identifiers: ssn ? [`AU:SSN:${ssn}`] : [],
      date: date || undefined,
      addresses: address ? [address] : [],
      roles: [],
    });
    truth.push(/^rec-(\d+)-/.exec(field('rec_id'))?.[1] ?? field('rec_id'));
  }
  return { records, truth };
}
