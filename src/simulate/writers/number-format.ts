// How numbers look in the files: no exponent notation, the country's decimal mark, and sometimes
// thousands separators.

/** A number as text without exponent notation, with the given decimal mark. */
export function formatNumber(value: number, decimalMark: '.' | ','): string {
  // For a finite number JSON.stringify gives exactly String's text, but String(double) stores its
  // result in V8's number-string cache and so allocates it in the old generation: with millions of
  // decimals that garbage, not the data, set the simulator's peak memory.
  let text = Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (text.includes('e')) text = value.toFixed(12).replace(/\.?0+$/, '');
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

/** A number's text with its whole part grouped in thousands: "1234567,89" becomes "1.234.567,89". */
export function groupThousands(text: string, separator: string): string {
  const match = /^(-?)(\d+)(.*)$/s.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', rest = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)}${rest}`;
}

/** A fixed number in [0, 1) for a cell's row and column (an integer hash), the same in every run. */
export function cellHash(row: number, column: number): number {
  let h = Math.imul(row ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(column + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}
