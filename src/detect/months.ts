// Months counted as whole numbers (year × 12 + month − 1), so that windows of months can be
// compared and measured; the detectors that work by month share them.

/** The month number (year × 12 + month − 1) of an ISO day or a Date. */
export function monthNumber(day: Date | string): number {
  const iso = typeof day === 'string' ? day : day.toISOString();
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The first ISO day of a month number. */
export function isoMonth(month: number): string {
  return `${String(Math.floor(month / 12))}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/** The last ISO day of a month number. */
export function isoMonthEnd(month: number): string {
  return new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).toISOString().slice(0, 10);
}
