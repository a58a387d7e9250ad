import { fitsDateFormat } from '@veta/standard';
import type { FileFormat } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';

/** How a file writes numbers and dates, decided from its cells. */
export type Conventions = Pick<FileFormat, 'decimalMark' | 'thousandsMark' | 'dateFormats'>;

// Date forms agencies write; the known profiles' own formats are added to these (see sniffConventions).
const COMMON_DATE_FORMATS = [
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'dd-mm-yyyy',
  'yyyy/mm/dd',
  'dd.mm.yyyy',
  'yyyymmdd',
  'yyyy-mm-ddTHH:MI:SS',
  'yyyy-mm-dd HH:MI:SS',
  'dd/mm/yyyy HH:MI:SS',
  'dd/mm/yyyy HH:MI',
];

const COMMA_DECIMAL = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const POINT_DECIMAL = /^[-+]?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const DOT_THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The decimal mark the cells agree on (a point unless commas stand between digits more often), the
 * thousands mark seen grouping digits, and the date formats that read the date-like cells, most
 * used first. `knownFormats` are the date formats the known profiles declare.
 */
export function sniffConventions(rows: readonly RawRow[], knownFormats: readonly string[]): Conventions {
  const cells = rows.flatMap((row) => Object.values(row.values).map((text) => text.trim()));
  const comma = cells.filter((text) => COMMA_DECIMAL.test(text)).length;
  const point = cells.filter((text) => POINT_DECIMAL.test(text)).length;
  const decimalMark = comma > point ? ',' : '.';
  const grouped = cells.filter((text) =>
    decimalMark === ',' ? DOT_THOUSANDS.test(text) && text.includes(',') : COMMA_THOUSANDS.test(text),
  ).length;
  const thousandsMark = grouped > 0 ? (decimalMark === ',' ? '.' : ',') : '';
  return { decimalMark, thousandsMark, dateFormats: sniffDateFormats(cells, knownFormats) };
}

function sniffDateFormats(cells: readonly string[], knownFormats: readonly string[]): string[] {
  const candidates = [...new Set([...COMMON_DATE_FORMATS, ...knownFormats])];
  const dateLike = cells.filter(
    (text) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text) || /^\d{8}$/.test(text),
  );
  const counts = candidates
    .map((format) => ({ format, count: dateLike.filter((text) => fitsDateFormat(text, format)).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  // yyyymmdd reads any eight digits; it is kept only when no other form reads the file's dates.
  const chosen = counts.filter((entry) => entry.format !== 'yyyymmdd' || counts.length === 1);
  return chosen.length > 0 ? chosen.map((entry) => entry.format) : ['yyyy-mm-dd'];
}
