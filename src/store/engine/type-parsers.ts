/**
 * The parsers both engines use for the types whose defaults differ between `pg` and PGlite, so a
 * query returns the same values on either engine.
 */
const INT8 = 20;
const NUMERIC = 1700;

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

export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [INT8]: parseInt8,
  [NUMERIC]: parseNumeric,
};
