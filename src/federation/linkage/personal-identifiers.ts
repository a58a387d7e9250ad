/**
 * Whether a canonical identifier (`PE:DNI:41234567`) is a natural person's document: an identity
 * card, a passport, a foreigner's card, or a tax number issued to a person (Peru's RUC 10, 15 and
 * 17, which carry the DNI; Ecuador's RUC of a person, their cédula and 001). Companies' numbers
 * (RUC 20, NIT, Ecuador's RUC of a company) are public in the national registers. A Peruvian or
 * Ecuadorian RUC counts as a company's only when it is written as one: a malformed number (a DNI
 * typed into the RUC column) is taken as a person's, so that it never leaves in the clear.
 */
export function isPersonalDocument(canonicalId: string): boolean {
  const [country, scheme, value = ''] = canonicalId.split(':');
  if (scheme === undefined) return false;
  if (PERSONAL_SCHEMES.has(scheme)) return true;
  if (country === 'PE' && scheme === 'RUC') return !/^20\d{9}$/.test(value);
  // Ecuador: the third digit of a company's RUC is 9 (private) or 6 (public); a person's is 0 to 5.
  if (country === 'EC' && scheme === 'RUC') return !/^\d{2}[69]\d{10}$/.test(value);
  return false;
}

// Identity cards (DNI, CC, CI), foreigners' cards (CE), passports and Colombia's identity card for minors (TI).
const PERSONAL_SCHEMES = new Set(['DNI', 'CC', 'CE', 'CI', 'PASSPORT', 'TI']);
