import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { personsOf, type DocumentEntry } from './cross-border-persons.js';

function entry(
  document: string,
  name: [string, string | null, string],
  more: Partial<DocumentEntry> = {},
): DocumentEntry {
  const [paternal, maternal, given] = name;
  return { document, paternal, maternal, given, born: null, entity_id: null, confidence: null, ...more };
}

const joined = (entries: DocumentEntry[]): string[][] => personsOf(entries).map((person) => person.documents);

describe('personsOf', () => {
  it('joins a register that keeps only the first given name, run into the next word', () => {
    assert.deepEqual(
      joined([
        entry('PE:DNI:74064337', ['ORDÓÑEZ', 'MEJÍA', 'YOLANDA']),
        entry('CO:PASSPORT:B84623592', ['ORDOÑEZ', 'MEJIA', 'YOLANDAM ARIO'], { born: '1984-02-02' }),
      ]),
      [['CO:PASSPORT:B84623592', 'PE:DNI:74064337']],
    );
  });

  it('joins a missing second surname only on the same birth date', () => {
    const passport = entry('EC:PASSPORT:A69461516', ['AGUILAR', null, 'MARIO'], { born: '1988-04-03' });
    assert.equal(
      joined([entry('CO:CC:90118327', ['AGUILAR', 'ZAMBRANO', 'MARIO'], { born: '1988-04-03' }), passport])
        .length,
      1,
    );
    assert.deepEqual(joined([entry('CO:CC:90118327', ['AGUILAR', 'ZAMBRANO', 'MARIO']), passport]), []);
  });

  it('keeps apart namesakes born on different days, and surnames more than a typo apart', () => {
    assert.deepEqual(
      joined([
        entry('PE:DNI:1', ['CRUZ', 'CHOQUE', 'FLOR'], { born: '1996-01-07' }),
        entry('BO:PASSPORT:2', ['COLQUE', 'CRUZ', 'FLOR']),
        entry('CO:PASSPORT:3', ['CRUZ', 'CHOQUE', 'FLOR'], { born: '1996-01-08' }),
      ]),
      [],
    );
  });

  it('leaves to resolution two national IDs under like names: namesakes across borders are common', () => {
    assert.deepEqual(
      joined([
        entry('EC:CI:1143379467', ['ZAMBRANO', 'PALACIOS', 'JESÚS SOFÍA'], { born: '1967-07-12' }),
        entry('PE:DNI:17225449', ['ZAMBRANO', 'PALACIOS', 'JESÚS']),
      ]),
      [],
    );
  });

  it('takes resolved entities as given, with their weakest link, however different the names', () => {
    const [person, ...others] = personsOf([
      entry('PE:DNI:1', ['QUISPE', 'MAMANI', 'ROSA'], { entity_id: 'E1', confidence: 0.97 }),
      entry('CO:PASSPORT:2', ['TORRES', 'HUAMÁN', 'PEDRO'], { entity_id: 'E1', confidence: 0.97 }),
      entry('EC:PASSPORT:3', ['LUNA', 'VEGA', 'ANA'], { entity_id: 'E2', confidence: 0.99 }),
    ]);
    assert.equal(others.length, 0);
    assert.deepEqual(person, {
      key: 'CO:PASSPORT:2',
      documents: ['CO:PASSPORT:2', 'PE:DNI:1'],
      resolutionConfidence: 0.97,
      joinedByNames: false,
    });
  });
});
