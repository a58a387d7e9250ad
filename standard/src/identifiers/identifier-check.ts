import { qualityFlag, type FlagSeverity, type QualityFlag } from '../quality-flag.js';

/**
 * The outcome of checking one identifier: never a rejection. The normalised value is always
 * returned, and every problem is a flag that travels with the record.
 */
export interface IdentifierCheck {
  readonly country: string;
  readonly scheme: string;
  /** The value as the canonical identifier uses it (digits only for tax IDs, no separate check digit). */
  readonly value: string;
  /** False when an ERROR flag was raised; WARNING flags (e.g. Ecuadorian company RUCs) keep it true. */
  readonly valid: boolean;
  readonly flags: readonly QualityFlag[];
  readonly holderKind?: 'PERSON' | 'ORGANISATION';
  /** The check digit the value should carry, where the scheme has one (Colombian NIT DV). */
  readonly checkDigit?: string;
}

/** Collects flags for one identifier check and assembles the result. */
export class IdentifierCheckBuilder {
  private readonly flags: QualityFlag[] = [];

  constructor(
    private readonly country: string,
    private readonly scheme: string,
  ) {}

  /** Raises a flag whose code is prefixed by the scheme (e.g. RUC_CHECK_DIGIT). */
  flag(code: string, message: string, severity: FlagSeverity = 'ERROR'): this {
    this.flags.push(qualityFlag(`${this.scheme}_${code}`, message, undefined, severity));
    return this;
  }

  /** Finishes the check with the normalised value. */
  result(value: string, extra: Pick<IdentifierCheck, 'holderKind' | 'checkDigit'> = {}): IdentifierCheck {
    const valid = !this.flags.some((flag) => flag.severity === 'ERROR');
    return { country: this.country, scheme: this.scheme, value, valid, flags: this.flags, ...extra };
  }
}

/** Removes the separators agencies print inside numbers (spaces, dots, hyphens, slashes). */
export function stripSeparators(raw: string): string {
  return raw.trim().replace(/[\s.\-/]/g, '');
}

/** Weighted digit sum used by the mod-11 schemes: digit i times weight i. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}

/** Checks that a value is all digits, flagging it otherwise; returns the digits found. */
export function requireDigits(builder: IdentifierCheckBuilder, value: string): string {
  if (!/^[0-9]*$/.test(value))
    builder.flag('NOT_NUMERIC', `"${value}" contains characters other than digits`);
  return value.replace(/[^0-9]/g, '');
}
