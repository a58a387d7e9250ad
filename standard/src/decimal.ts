/**
 * Exact decimal arithmetic on scaled bigints: value = digits / 10^scale.
 * Binary floats cannot hold 0.1 or 31.1034768 exactly; masses and fineness are compared across
 * agencies to the gram, so conversions are done here and only the final result becomes a number.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses a decimal string or a finite number (read as its shortest decimal spelling). */
export function parseDecimal(input: string | number): Decimal | undefined {
  if (typeof input === 'number' && !Number.isFinite(input)) return undefined;
  const match = DECIMAL_PATTERN.exec(String(input).trim());
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const scale = fraction.length - Number(exponent);
  const magnitude = BigInt(whole + fraction);
  const digits = sign === '-' ? -magnitude : magnitude;
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** Formats a decimal without exponent and without trailing zeros. */
export function formatDecimal(value: Decimal): string {
  const { digits, scale } = trimZeros(value);
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = scale > 0 ? `.${text.slice(text.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Multiplies two decimals exactly. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return trimZeros({ digits: a.digits * b.digits, scale: a.scale + b.scale });
}

/** Divides two decimals, exact when the quotient terminates within maxScale places, else rounded half away from zero. */
export function divideDecimal(a: Decimal, b: Decimal, maxScale = 12): { value: Decimal; exact: boolean } {
  if (b.digits === 0n) throw new RangeError('Division by zero');
  const numerator = a.digits * 10n ** BigInt(b.scale + maxScale);
  const denominator = b.digits * 10n ** BigInt(a.scale);
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder !== 0n && 2n * abs(remainder) >= abs(denominator)) {
    quotient += numerator < 0n !== denominator < 0n ? -1n : 1n;
  }
  return { value: trimZeros({ digits: quotient, scale: maxScale }), exact: remainder === 0n };
}

/** Compares two decimals: negative, zero or positive like a sort comparator. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.digits * 10n ** BigInt(scale - a.scale);
  const right = b.digits * 10n ** BigInt(scale - b.scale);
  return left === right ? 0 : left < right ? -1 : 1;
}

function trimZeros(value: Decimal): Decimal {
  let { digits, scale } = value;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
