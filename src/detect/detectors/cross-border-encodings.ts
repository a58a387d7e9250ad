import { diceCoefficient, isToken } from '../../federation/linkage/person-encoding.js';

/** A register entry's encoding, as a node holding the linkage key shares a person. */
export interface EncodedEntry {
  document: string;
  /** The country whose node shared the entry. */
  country: string | null;
  linkage: { keyId?: unknown; clk?: unknown; born?: unknown; tokens?: unknown } | null;
}

/** Two documents taken as one person on their encodings: by Dice on the name's CLK, or one document under two forms. */
export interface EncodedLink {
  documents: readonly [string, string];
  /** The Dice coefficient of the two names' CLKs; null where a token equals a document's token (one document). */
  dice: number | null;
}

/**
 * Links between documents the hub sees only as encodings (a pseudonymised person, and a person
 * shared in the clear with their encoding). Two entries of different countries under one linkage
 * key are one person when their names' CLKs have a Dice coefficient of at least `minDice` and
 * their birth-date tokens are equal: where the plaintext rule can also accept a missing birth date
 * when both surnames are given, or require a passport, encodings show neither, so a birth date on
 * both sides is required. Comparison is all pairs within a birth date, which is fine at the few
 * hundred persons who control gold companies; a region of millions needs blocking on the filters.
 * A clear person's document token that is a pseudonymised document's id is the same document.
 */
export function encodedLinks(entries: readonly EncodedEntry[], minDice: number): EncodedLink[] {
  const links: EncodedLink[] = [];
  const byBirth = new Map<string, { entry: EncodedEntry; keyId: string; clk: Buffer }[]>();
  const documents = new Set(entries.map((entry) => entry.document));
  for (const entry of entries) {
    const linkage = entry.linkage;
    if (linkage === null || typeof linkage.keyId !== 'string' || typeof linkage.clk !== 'string') continue;
    if (Array.isArray(linkage.tokens))
      for (const token of linkage.tokens)
        if (isToken(token) && token !== entry.document && documents.has(token))
          links.push({ documents: [entry.document, token], dice: null });
    if (typeof linkage.born !== 'string') continue;
    const block = byBirth.get(linkage.born) ?? [];
    const clk = Buffer.from(linkage.clk, 'base64url');
    for (const other of block) {
      if (other.keyId !== linkage.keyId || other.entry.country === entry.country) continue;
      if (other.entry.document === entry.document) continue;
      const dice = diceCoefficient(clk, other.clk);
      if (dice >= minDice) links.push({ documents: [other.entry.document, entry.document], dice });
    }
    block.push({ entry, keyId: linkage.keyId, clk });
    byBirth.set(linkage.born, block);
  }
  return links;
}
