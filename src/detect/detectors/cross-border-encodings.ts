import { diceCoefficient, isToken } from '../../federation/linkage/person-encoding.js';

/** A register entry's encoding, as a node holding the linkage key shares a person. */
export interface EncodedEntry {
  document: string;
  /** The country whose node shared the entry. */
  country: string | null;
  /** The surnames of an entry shared in the clear (a pseudonymised one says in its linkage whether it has both). */
  paternal?: string | null;
  maternal?: string | null;
  linkage: {
    keyId?: unknown;
    clk?: unknown;
    born?: unknown;
    tokens?: unknown;
    passport?: unknown;
    bothSurnames?: unknown;
  } | null;
}

/** Two documents taken as one person on their encodings: by Dice on the name's CLK, or one document under two forms. */
export interface EncodedLink {
  documents: readonly [string, string];
  /** The Dice coefficient of the two names' CLKs; null where a token equals a document's token (one document). */
  dice: number | null;
}

interface Encoded {
  entry: EncodedEntry;
  keyId: string;
  clk: Buffer;
  born: string | undefined;
  passport: boolean;
  bothSurnames: boolean;
}

/**
 * Links between documents the hub sees only as encodings (a pseudonymised person, and a person
 * shared in the clear with their encoding), as the plaintext rule (cross-border-persons.ts) links
 * names. Two entries of different countries under one linkage key are one person when their names'
 * CLKs have a Dice coefficient of at least `minDice` and either their birth-date tokens are equal,
 * or, where a register gives no birth date, one document is a passport and both entries give both
 * surnames (a node says so beside a pseudonymised person: it cannot be read from the filter). All
 * pairs are compared, fine at the few hundred persons who control gold companies; a region of
 * millions needs blocking on the filters. A clear person's document token that is a pseudonymised
 * document's id is the same document.
 */
export function encodedLinks(entries: readonly EncodedEntry[], minDice: number): EncodedLink[] {
  const links: EncodedLink[] = [];
  const documents = new Set(entries.map((entry) => entry.document));
  const encoded: Encoded[] = [];
  for (const entry of entries) {
    const linkage = entry.linkage;
    if (linkage === null || typeof linkage.keyId !== 'string' || typeof linkage.clk !== 'string') continue;
    if (Array.isArray(linkage.tokens))
      for (const token of linkage.tokens)
        if (isToken(token) && token !== entry.document && documents.has(token))
          links.push({ documents: [entry.document, token], dice: null });
    const given = (surname: string | null | undefined): boolean => (surname?.trim() ?? '') !== '';
    encoded.push({
      entry,
      keyId: linkage.keyId,
      clk: Buffer.from(linkage.clk, 'base64url'),
      born: typeof linkage.born === 'string' ? linkage.born : undefined,
      passport: entry.document.includes(':PASSPORT:') || linkage.passport === true,
      bothSurnames: (given(entry.paternal) && given(entry.maternal)) || linkage.bothSurnames === true,
    });
  }
  for (let i = 0; i < encoded.length; i += 1)
    for (let j = i + 1; j < encoded.length; j += 1) {
      const [a, b] = [encoded[i], encoded[j]];
      if (a === undefined || b === undefined || !sameIdentity(a, b)) continue;
      const dice = diceCoefficient(a.clk, b.clk);
      if (dice >= minDice) links.push({ documents: [a.entry.document, b.entry.document], dice });
    }
  return links;
}

// Two countries' entries under one key, born on one day, or, where a birth date is missing, with a
// passport and both surnames on both sides, so that the name alone carries the identity.
function sameIdentity(a: Encoded, b: Encoded): boolean {
  if (a.keyId !== b.keyId || a.entry.country === b.entry.country) return false;
  if (a.entry.document === b.entry.document) return false;
  if (a.born !== undefined && b.born !== undefined) return a.born === b.born;
  return (a.passport || b.passport) && a.bothSurnames && b.bothSurnames;
}
