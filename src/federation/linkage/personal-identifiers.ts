/**
 * Whether a canonical identifier (`PE:DNI:41234567`) is a natural person's document: an identity
 * card, a passport, a foreigner's card, or a tax number issued to a person (Peru's RUC 10, 15 and
 * 17, which carry the DNI; Ecuador's RUC of a person, their cédula and 001). Companies' numbers
 * (RUC 20, NIT, Ecuador's RUC of a company) are public in the national registers.
 */
export function isPersonalDocument(canonicalId: string): boolean {
  const [country, scheme, value = ''] = canonicalId.split(':');
  if (scheme === undefined) return false;
  if (PERSONAL_SCHEMES.has(scheme)) return true;
  if (country === 'PE' && scheme === 'RUC') return /^1[057]/.test(value);
  if (country === 'EC' && scheme === 'RUC') return /^\d{2}[0-5]\d{7}001$/.test(value);
  return false;
}

// Identity cards (DNI, CC, CI), foreigners' cards (CE), passports and Colombia's identity card for minors (TI).
const PERSONAL_SCHEMES = new Set(['DNI', 'CC', 'CE', 'CI', 'PASSPORT', 'TI']);
