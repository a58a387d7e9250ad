import type { Evidence } from './alert.js';

/** A number as a Spanish reader writes it (12.345,5; Peru's decimal point aside, the region's usage), for alert titles and explanations. */
export function es(value: number, fractionDigits = 1): string {
  return value.toLocaleString('es', { maximumFractionDigits: fractionDigits });
}

/** A number as an English reader writes it (1,234.5). */
export function en(value: number, fractionDigits = 1): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
}

/** A date column as the ISO day it stands for (pg and PGlite both return date columns as Date). */
export function isoDay(date: Date | string): string {
  return typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);
}

/** One evidence item as detector SQL builds it with jsonb_build_object: where, plus the figures. */
export interface EvidenceRow {
  id: string;
  layout: string;
  file: string;
  row: number;
  [value: string]: unknown;
}

/** Evidence items from the rows a query aggregated, each keeping its own figures as values. */
export function evidenceFrom(table: string, role: string, rows: readonly EvidenceRow[]): Evidence[] {
  return rows.map(({ id, layout, file, row, ...values }) => ({ table, layout, id, file, row, role, values }));
}

/** A period as people name it: "2024" for a calendar year, "2024-03" for a month, else its two days. */
export function periodLabel(period: { start: string; end: string }): string {
  const { start, end } = period;
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return start.slice(0, 4);
  if (start.endsWith('-01') && end.slice(0, 7) === start.slice(0, 7) && isLastDayOfMonth(end)) {
    return start.slice(0, 7);
  }
  return `${start}/${end}`;
}

function isLastDayOfMonth(day: string): boolean {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}
