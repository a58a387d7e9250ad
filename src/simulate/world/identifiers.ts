import {
  buildCanonicalId,
  checkIdentifier,
  coNitCheckDigit,
  ecCedulaCheckDigit,
  ecPrivateRucCheckDigit,
  peRucCheckDigit,
} from '@veta/standard';
import type { Rng } from '../rng.js';
import type { Identifier } from './types.js';

/**
 * Issues identifiers in each country's real format with correct check digits, never the same twice.
 * One factory per world, drawing from its own random stream.
 */
export class IdentifierFactory {
  // Values issued, by `country:scheme`: keying one set by the whole `country:scheme:value` text
  // cost a concatenated string per identifier, about a tenth of a large world's memory.
  private readonly issued = new Map<string, Set<string>>();

  constructor(private readonly rng: Rng) {}

  /** A Peruvian DNI: 8 digits. */
  peDni(): Identifier {
    return this.unique('PE', 'DNI', () => `${this.rng.int(0, 7)}${this.rng.digits(7)}`);
  }

  /** A natural person's RUC: 10 + DNI + check digit, which links it to the DNI. */
  peRucOfPerson(dni: string): Identifier {
    const first = `10${dni}`;
    return this.unique('PE', 'RUC', () => `${first}${peRucCheckDigit(first)}`);
  }

  /** A company RUC: 20 + 8 digits + check digit. */
  peRucOfCompany(): Identifier {
    return this.unique('PE', 'RUC', () => {
      const first = `20${this.rng.int(1, 6)}${this.rng.digits(7)}`;
      return `${first}${peRucCheckDigit(first)}`;
    });
  }

  /** A Colombian cédula de ciudadanía: 8 or 10 digits. */
  coCc(): Identifier {
    return this.unique('CO', 'CC', () =>
      this.rng.chance(0.5)
        ? `${this.rng.int(10, 99)}${this.rng.digits(6)}`
        : `10${this.rng.int(10, 99)}${this.rng.digits(6)}`,
    );
  }

  /** A Colombian company NIT (9 digits starting 800 or 900); its DV is computed where written. */
  coNit(): Identifier {
    return this.unique('CO', 'NIT', () => `${this.rng.pick(['800', '900', '901'])}${this.rng.digits(6)}`);
  }

  /** An Ecuadorian cédula: province, third digit below 6, mod-10 check digit. */
  ecCedula(): Identifier {
    return this.unique('EC', 'CI', () => {
      const first = `${String(this.rng.int(1, 24)).padStart(2, '0')}${this.rng.int(0, 5)}${this.rng.digits(6)}`;
      return `${first}${ecCedulaCheckDigit(first)}`;
    });
  }

  /** An Ecuadorian company RUC: province, 9, six digits, SRI mod-11 check digit, 001. */
  ecRucOfCompany(): Identifier {
    return this.unique('EC', 'RUC', () => {
      for (;;) {
        const first = `${String(this.rng.int(1, 24)).padStart(2, '0')}9${this.rng.digits(6)}`;
        const check = ecPrivateRucCheckDigit(first);
        if (check !== undefined) return `${first}${check}001`;
      }
    });
  }

  /** A Bolivian NIT: 7 to 10 digits. */
  boNit(): Identifier {
    return this.unique('BO', 'NIT', () => `${this.rng.int(1, 9)}${this.rng.digits(this.rng.int(6, 9))}`);
  }

  /** A Bolivian cédula de identidad: 7 digits. */
  boCi(): Identifier {
    return this.unique('BO', 'CI', () => `${this.rng.int(1, 9)}${this.rng.digits(6)}`);
  }

  /** A Bolivian NIM, written NN-NNNN-NN. */
  boNim(): Identifier {
    return this.unique(
      'BO',
      'NIM',
      () => `${this.rng.digits(2)}-${this.rng.digits(4)}-${this.rng.digits(2)}`,
    );
  }

  /** A passport or foreigner's card number of the issuing country. */
  passport(country: string): Identifier {
    return this.unique(
      country,
      'PASSPORT',
      () => `${this.rng.pick(['A', 'B', 'P', 'C'])}${this.rng.digits(8)}`,
    );
  }

  /** A mining-right code in the country's format. */
  rightCode(country: string): Identifier {
    return this.unique(country, 'MR', () => rightCodeShape(this.rng, country));
  }

  private unique(country: string, scheme: string, make: () => string): Identifier {
    const kind = `${country}:${scheme}`;
    const issued = this.issued.get(kind) ?? new Set<string>();
    this.issued.set(kind, issued);
    for (;;) {
      const value = make();
      if (!issued.has(value)) {
        issued.add(value);
        return { country, scheme, value };
      }
    }
  }
}

function rightCodeShape(rng: Rng, country: string): string {
  if (country === 'PE') return `${rng.pick(['01', '05', '07', '13'])}${rng.digits(7)}`;
  if (country === 'CO') {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const prefix = `${rng.letter(letters)}${rng.letter(letters)}${rng.letter(`${letters}0123456789`)}`;
    return rng.chance(0.5) ? `${prefix}-${rng.int(10, 999)}` : `${prefix}-${rng.digits(5)}`;
  }
  if (country === 'EC') return `${rng.int(1, 7)}${rng.digits(5)}`;
  return `${rng.int(1, 9)}${rng.digits(6)}`;
}

/** The canonical identifier `COUNTRY:SCHEME:VALUE` of an identifier, built by the standard. */
export function canonicalId(id: Identifier): string {
  const built = buildCanonicalId(id.country, id.scheme, id.value);
  if (!built.ok)
    throw new Error(
      `Cannot build a canonical id for ${id.country} ${id.scheme} ${id.value}: ${built.message}`,
    );
  return built.id;
}

/** The DV (check digit) DIAN gives a Colombian NIT. */
export function nitDv(nit: string): string {
  return String(coNitCheckDigit(nit));
}

/** The identifier with one digit changed so that its check digit fails (a typing error). */
export function mistypedIdentifier(rng: Rng, id: Identifier): string {
  const digits = id.value.split('');
  const positions = digits
    .map((c, i) => (/[0-9]/.test(c) ? i : -1))
    .filter((i) => i >= 2 && i < digits.length - 1);
  for (let attempt = 0; attempt < 20; attempt++) {
    const copy = digits.slice();
    const at = rng.pick(positions);
    copy[at] = String((Number(copy[at]) + rng.int(1, 9)) % 10);
    const value = copy.join('');
    if (failsCheckDigit(id, value)) return value;
  }
  return digits.join('');
}

const WITH_CHECK_DIGIT: ReadonlySet<string> = new Set(['PE:RUC', 'CO:NIT', 'EC:CI', 'EC:RUC']);

// Asked of the standard's own checkers, so a typo is one an ingest would flag. A NIT's DV is
// written beside it, computed from the true number. Schemes without a check digit (DNI, CC, CI,
// Bolivian NIT) cannot catch a typo: any change will do.
function failsCheckDigit(id: Identifier, value: string): boolean {
  if (!WITH_CHECK_DIGIT.has(`${id.country}:${id.scheme}`)) return true;
  const dv = id.country === 'CO' ? nitDv(id.value) : undefined;
  return checkIdentifier(id.country, id.scheme, value, dv).flags.some((f) => f.code.endsWith('CHECK_DIGIT'));
}
