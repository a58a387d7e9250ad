import { checkIdentifier, dniOfPersonRuc, parseCanonicalId } from '@veta/standard';
import { isToken } from '../core/keyed-token.js';

/** One identifier of a record as resolution compares it. */
export interface IdentityKey {
  /** COUNTRY:SCHEME:VALUE. */
  readonly key: string;
  /** COUNTRY:SCHEME: two keys of one scheme with different values conflict. */
  readonly scheme: string;
  readonly value: string;
  /** The scheme carries a check digit and this value passes it: a typo would have shown. */
  readonly checked: boolean;
  /** False when the value fails its check digit (a typing error is likely). */
  readonly valid: boolean;
}

// Schemes whose canonical value still holds a check digit the standard can verify. CO:NIT drops
// its DV in the canonical form, so only the ingestion flag tells whether it was right.
const CHECK_DIGIT_SCHEMES = new Set(['PE:RUC', 'EC:CI', 'EC:RUC']);

/**
 * The identity keys of a record: its canonical identifiers, plus those they embed. A Peruvian
 * person's RUC is 10 + DNI + check digit, and an Ecuadorian person's RUC is the cédula + 001, so a
 * record known by its RUC meets one known by the document it contains.
 */
export function identityKeys(identifiers: readonly string[], invalid: readonly string[] = []): IdentityKey[] {
  const keys = new Map<string, IdentityKey>();
  for (const id of identifiers) {
    // A keyed token hides which document it stands for: equal tokens are one document, and two
    // different ones say nothing (a person's DNI and passport differ too), so each is its own scheme.
    if (isToken(id)) {
      add(keys, { key: id, scheme: id, value: id, checked: true, valid: true });
      continue;
    }
    const parsed = parseCanonicalId(id);
    if (parsed?.kind !== 'SCOPED') continue;
    const scheme = `${parsed.country}:${parsed.scheme}`;
    const checked = CHECK_DIGIT_SCHEMES.has(scheme);
    const valid =
      !invalid.includes(id) &&
      (!checked || checkIdentifier(parsed.country, parsed.scheme, parsed.value).valid);
    add(keys, { key: id, scheme, value: parsed.value, checked: checked && valid, valid });
    for (const embedded of embeddedDocuments(scheme, parsed.value))
      add(keys, {
        ...embedded,
        key: `${embedded.scheme}:${embedded.value}`,
        checked: checked && valid,
        valid,
      });
  }
  return [...keys.values()];
}

function add(keys: Map<string, IdentityKey>, key: IdentityKey): void {
  if (!keys.has(key.key)) keys.set(key.key, key);
}

function embeddedDocuments(scheme: string, value: string): { scheme: string; value: string }[] {
  if (scheme === 'PE:RUC') {
    const dni = dniOfPersonRuc(value);
    return dni ? [{ scheme: 'PE:DNI', value: dni }] : [];
  }
  // A natural person's Ecuadorian RUC: cédula (third digit below 6) followed by 001.
  if (scheme === 'EC:RUC' && /^[0-9]{2}[0-5][0-9]{7}001$/.test(value))
    return [{ scheme: 'EC:CI', value: value.slice(0, 10) }];
  return [];
}
