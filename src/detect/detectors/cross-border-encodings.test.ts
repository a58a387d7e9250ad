import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkageKeyId } from '../../federation/linkage/linkage-key.js';
import { identifierToken, personEncoding } from '../../federation/linkage/person-encoding.js';
import { encodedLinks, type EncodedEntry } from './cross-border-encodings.js';
import { personsOf, type DocumentEntry } from './cross-border-persons.js';

const KEY = { keyId: linkageKeyId(Buffer.alloc(32, 5)), key: Buffer.alloc(32, 5) };
const MIN_DICE = 0.8;

/** An entry as the hub holds it: a pseudonymised person (a token, no name) or a clear one with its encoding. */
function entry(
  document: string,
  country: string,
  name: string,
  born: string | undefined,
  clear = false,
): DocumentEntry & EncodedEntry {
  const id = clear ? document : identifierToken(KEY, document);
  const linkage = {
    ...personEncoding(KEY, name, born),
    ...(clear ? { tokens: [identifierToken(KEY, document)] } : {}),
  };
  return {
    document: id,
    country,
    linkage,
    given: null,
    paternal: null,
    maternal: null,
    born: null,
    entity_id: null,
    confidence: null,
  };
}

void describe('CROSS_BORDER_CONTROL on encodings', () => {
  it('joins a pseudonymised person and the same person shared in the clear, typo included, with the Dice value', () => {
    const entries = [
      entry('PE:DNI:60175917', 'PE', 'WILBER JORGE OSORIO MAMANI', '1986-11-10'),
      entry('CO:PASSPORT:B34401642', 'CO', 'OSORIO MAMANI WILLBER JORGE', '1986-11-10', true),
    ];
    const links = encodedLinks(entries, MIN_DICE);
    assert.equal(links.length, 1);
    const [person] = personsOf(entries, links);
    assert.deepEqual(person?.documents, [entries[1]?.document, entries[0]?.document].sort());
    assert.ok((person?.encodingDice ?? 0) >= MIN_DICE);
    assert.match(person?.documents.find((document) => document.startsWith('TK:')) ?? '', /^TK:/);
  });

  it('does not join two different persons, nor one name under another birth date, nor two entries of one country', () => {
    const links = encodedLinks(
      [
        entry('PE:DNI:1', 'PE', 'ROSA QUISPE MAMANI', '1980-03-04'),
        entry('EC:PASSPORT:2', 'EC', 'PEDRO TORRES HUAMÁN', '1980-03-04'),
        entry('CO:CC:3', 'CO', 'ROSA QUISPE MAMANI', '1975-01-01', true),
        entry('PE:DNI:4', 'PE', 'ROSA QUISPE MAMANI', '1980-03-04'),
        entry('BO:CI:5', 'BO', 'ROSA QUISPE MAMANI', undefined),
      ],
      MIN_DICE,
    );
    assert.deepEqual(links, []);
  });

  it('takes a clear document whose token is a pseudonymised document as that same document', () => {
    const pseudonymised = entry('EC:PASSPORT:A1', 'EC', 'JUAN HERRERA VALENCIA', undefined);
    const clear = entry('CO:PASSPORT:A1', 'CO', 'JUAN HERRERA VALENCIA', undefined, true);
    const links = encodedLinks([pseudonymised, clear], MIN_DICE);
    assert.deepEqual(links, [{ documents: [clear.document, pseudonymised.document], dice: null }]);
    const [person] = personsOf([pseudonymised, clear], links);
    assert.equal(person?.sameDocument?.[pseudonymised.document], clear.document);
  });

  it('joins across a missing birth date as the plaintext rule does: a passport and both surnames on both sides', () => {
    // Colombia's RUES gives no birth date; Ecuador's register the passport, which its node says is one.
    const clear = {
      ...entry('CO:CC:1059153528', 'CO', 'MÓNICA GLADYS JIMÉNEZ TICONA', undefined, true),
      paternal: 'JIMÉNEZ',
      maternal: 'TICONA',
    };
    const passport = entry('EC:PASSPORT:A61840825', 'EC', 'JIMÉNEZ TICONA MÓNICA GLADYS', '1988-12-28');
    const facts = { passport: true, bothSurnames: true };
    const withFacts = { ...passport, linkage: { ...passport.linkage, ...facts } };
    const [link] = encodedLinks([clear, withFacts], MIN_DICE);
    assert.deepEqual(link?.documents, [clear.document, withFacts.document]);
    assert.ok((link?.dice ?? 0) >= MIN_DICE);

    // Without the passport, or with one surname on a side, the name alone is not enough: namesakes.
    const national = { ...passport, linkage: { ...passport.linkage, bothSurnames: true } };
    assert.deepEqual(encodedLinks([clear, national], MIN_DICE), []);
    assert.deepEqual(encodedLinks([{ ...clear, maternal: null }, withFacts], MIN_DICE), []);
    // Two birth dates that differ still keep them apart, passport or not.
    const otherDay = {
      ...clear,
      linkage: { ...clear.linkage, ...personEncoding(KEY, 'MÓNICA GLADYS JIMÉNEZ TICONA', '1990-01-01') },
    };
    assert.deepEqual(encodedLinks([otherDay, withFacts], MIN_DICE), []);
  });
});
