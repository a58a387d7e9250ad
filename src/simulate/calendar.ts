/** A calendar month; months are 1-12. */
export interface Month {
  readonly year: number;
  readonly month: number;
}

/** A calendar day, kept apart from Date so that no time zone can move it. */
export interface Day extends Month {
  readonly day: number;
}

/** Parses `yyyy-mm`, or returns undefined when the text is not a month. */
export function parseMonth(text: string): Month | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = monthIndex(from); m <= monthIndex(to); m++) months.push(monthFromIndex(m));
  return months;
}

/** Months since year 0, so that months can be compared and subtracted. */
export function monthIndex(month: Month): number {
  return month.year * 12 + month.month - 1;
}

/** The month with the given index (see monthIndex). */
export function monthFromIndex(index: number): Month {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month `count` months after (or before, when negative) the given one. */
export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** Number of days in a month (Gregorian). */
export function daysInMonth(month: Month): number {
  return new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
}

/** The day `day` of a month, clamped to the month's length: a date written in a row. */
export function dayOf(month: Month, day: number): Day {
  return { year: month.year, month: month.month, day: Math.min(Math.max(day, 1), daysInMonth(month)) };
}

/** The same day as `dayOf`, for a date the world keeps (a registration, a grant, a detection). */
export function keptDayOf(month: Month, day: number): Day {
  // Its own allocation site on purpose: V8 learns per site that objects live long and then
  // allocates them straight in the old generation. Sharing dayOf with the world's dates made the
  // date of every row old-generation garbage (a third of the simulator's old-space growth).
  return { year: month.year, month: month.month, day: Math.min(Math.max(day, 1), daysInMonth(month)) };
}

/** `yyyy-mm`. */
export function monthKey(month: Month): string {
  return `${month.year}-${pad(month.month)}`;
}

/** `yyyy-mm-dd`. */
export function isoDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** `dd/mm/yyyy`, as Peru and Colombia write dates. */
export function slashDay(day: Day): string {
  return `${pad(day.day)}/${pad(day.month)}/${day.year}`;
}

/** `yyyymmdd`, as Bolivia writes dates. */
export function compactDay(day: Day): string {
  return `${day.year}${pad(day.month)}${pad(day.day)}`;
}

/** The quarter (1-4) a month falls in. */
export function quarterOf(month: Month): number {
  return Math.floor((month.month - 1) / 3) + 1;
}

/** The half-year (1-2) a month falls in. */
export function semesterOf(month: Month): number {
  return month.month <= 6 ? 1 : 2;
}

/** A Date at midnight UTC of the day, for spreadsheets that store dates as serial numbers. */
export function utcDate(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** Two digits, zero-padded. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
