/**
 * The parsers both engines use for the types whose defaults differ between `pg` and PGlite, so a
 * query returns the same values on either engine.
 */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** bigint columns hold ids and counts that stay far below 2^53; past that a number would lie. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value))
    throw new RangeError(`bigint value ${text} exceeds JavaScript's safe range`);
  return value;
}

/** numeric stays a string: masses and money must not pass through binary floating point. */
function parseNumeric(text: string): string {
  return text;
}

/**
 * A date is that day's midnight in UTC, as PGlite gives it: `pg` gives local midnight, which
 * `toISOString()` turns into the day before wherever the clock is east of UTC. Infinite and BC
 * dates, which Veta never stores, are refused rather than guessed.
 */
function parseDate(text: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new RangeError(`date value ${text} is not a day Veta can hold`);
  return new Date(`${text}T00:00:00Z`);
}

export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [INT8]: parseInt8,
  [NUMERIC]: parseNumeric,
  [DATE]: parseDate,
};
