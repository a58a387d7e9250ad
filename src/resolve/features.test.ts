import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareRecords, FEATURES, levelOf } from './features.js';
import { ID } from './identifier-comparison.js';
import { compareNames, NAME_LEVEL } from './name-comparison.js';
import { prepareOrganisationName, preparePersonName } from './name-parts.js';
import { prepareRecord } from './prepared-record.js';
import type { ResolutionRecord } from './resolution-record.js';
import { spanishPhonetic } from './spanish-phonetic.js';

const person = (name: string, extra: Partial<ResolutionRecord> = {}): ResolutionRecord => ({
  key: name,
  kind: 'PERSON',
  name,
  identifiers: [],
  addresses: [],
  roles: [],
  ...extra,
});
const level = (a: ResolutionRecord, b: ResolutionRecord, feature: string): number =>
  levelOf(
    compareRecords(prepareRecord(a), prepareRecord(b)).pattern,
    FEATURES.findIndex((f) => f.name === feature),
  );

describe('name comparison', () => {
  it('sees the same person whether surnames come first or last, or are swapped', () => {
    const given = preparePersonName('JUAN CARLOS QUISPE MAMANI');
    assert.equal(compareNames(given, preparePersonName('QUISPE MAMANI JUAN CARLOS')).level, NAME_LEVEL.EXACT);
    assert.equal(compareNames(given, preparePersonName('JUAN CARLOS MAMANI QUISPE')).level, NAME_LEVEL.EXACT);
  });

  it('takes a missing maternal surname or second given name as a subset, not a mismatch', () => {
    const full = preparePersonName('JUAN CARLOS QUISPE MAMANI');
    assert.equal(compareNames(full, preparePersonName('QUISPE JUAN CARLOS')).level, NAME_LEVEL.SUBSET);
    assert.equal(compareNames(full, preparePersonName('JUAN QUISPE MAMANI')).level, NAME_LEVEL.SUBSET);
  });

  it('folds accents for comparison only, keeping the parsed parts', () => {
    const accented = preparePersonName('JOSÉ PÉREZ ÑAUPARI', {
      given: 'JOSÉ',
      paternal: 'PÉREZ',
      maternal: 'ÑAUPARI',
    });
    assert.equal(compareNames(accented, preparePersonName('JOSE PEREZ NAUPARI')).level, NAME_LEVEL.EXACT);
    assert.deepEqual(accented.parts, { given: 'JOSE', paternal: 'PEREZ', maternal: 'NAUPARI' });
  });

  it('keeps particles with their surname and tolerates a typo', () => {
    assert.deepEqual(preparePersonName('MARÍA DE LA CRUZ FLORES').tokens, ['MARIA', 'DELACRUZ', 'FLORES']);
    const typo = compareNames(
      preparePersonName('VÍCTOR HUAMÁN DÍAZ'),
      preparePersonName('VITOR HUAMAN DIAZ'),
    );
    assert.equal(typo.level, NAME_LEVEL.SAME_WORDS_WITH_TYPOS);
  });

  it('normalises legal forms in every spelling and drops stop words', () => {
    const forms = [
      'MINERA AURÍFERA DEL SUR S.A.C.',
      'MINERA AURIFERA DEL SUR SAC',
      'Minera Aurífera del Sur Sociedad Anónima Cerrada',
    ];
    const [first, , last] = forms.map((name) => prepareOrganisationName(name, 'PE'));
    for (const name of forms)
      assert.deepEqual(prepareOrganisationName(name, 'PE').tokens, ['MINERA', 'AURIFERA', 'SUR']);
    assert.ok(first && last);
    assert.equal(compareNames(first, last).level, NAME_LEVEL.EXACT);
    assert.equal(first.legalForm, 'SAC');
  });

  it('gives Spanish spellings that sound alike one phonetic key', () => {
    assert.equal(spanishPhonetic('VÁSQUEZ'), spanishPhonetic('BASQUES'));
    assert.equal(spanishPhonetic('VÁZQUEZ'), spanishPhonetic('VASQUEZ'));
    assert.equal(spanishPhonetic('HUAMÁN'), spanishPhonetic('UAMAN'));
    assert.notEqual(spanishPhonetic('QUISPE'), spanishPhonetic('MAMANI'));
  });
});

describe('identifier comparison', () => {
  it('meets a RUC and the DNI it embeds, and weighs by check-digit validity', () => {
    const ruc = person('JUAN QUISPE', { identifiers: ['PE:RUC:10412345679'] });
    const dni = person('JUAN QUISPE', { identifiers: ['PE:DNI:41234567'] });
    // The DNI side has no check digit of its own: shared, but not check-digit backed on both sides.
    assert.equal(level(ruc, dni, 'identifier'), ID.SHARED);
    assert.equal(level(ruc, { ...ruc, key: 'other' }, 'identifier'), ID.SHARED_CHECKED);
    const otherRuc = person('JUAN QUISPE', { identifiers: ['PE:RUC:10498765438'] });
    assert.equal(level(ruc, otherRuc, 'identifier'), ID.CONFLICT_CHECKED);
    const mistyped = person('JUAN QUISPE', { identifiers: ['PE:RUC:10412345779'] });
    assert.equal(level(ruc, mistyped, 'identifier'), ID.ONE_EDIT);
    const farTypo = person('JUAN QUISPE', { identifiers: ['PE:RUC:10412399672'] });
    assert.equal(level(ruc, farTypo, 'identifier'), ID.CONFLICT_INVALID);
    // Both cédulas pass their check digit (it misses this swap of 9 and 0): two people, not a typo.
    const cedula = person('ROSA APAZA', { identifiers: ['EC:CI:1709012346'] });
    const swapped = person('ROSA APAZA', { identifiers: ['EC:CI:1700912346'] });
    assert.equal(level(cedula, swapped, 'identifier'), ID.CONFLICT_CHECKED);
    const failing = person('ROSA APAZA', { identifiers: ['EC:CI:1709012446'] });
    assert.equal(level(cedula, failing, 'identifier'), ID.ONE_EDIT);
    const otherDni = person('JUAN QUISPE', { identifiers: ['PE:DNI:49999999'] });
    assert.equal(level(dni, otherDni, 'identifier'), ID.CONFLICT);
    assert.equal(level(dni, person('JUAN QUISPE'), 'identifier'), 0);
  });

  it('compares dates, countries and addresses, leaving missing values out', () => {
    const a = person('A', { date: '1976-08-02', country: 'PE', addresses: ['AV. BOLÍVAR 33, AREQUIPA'] });
    assert.equal(level(a, person('A', { date: '1976-02-08' }), 'date'), 2);
    assert.equal(level(a, person('A', { date: '1976-08-02' }), 'date'), 1);
    assert.equal(level(a, person('A', { date: '1980-01-01' }), 'date'), 4);
    assert.equal(level(a, person('A'), 'date'), 0);
    assert.equal(level(a, person('A', { country: 'BO' }), 'country'), 2);
    assert.equal(level(a, person('A', { addresses: ['AV BOLIVAR 33 AREQUIPA'] }), 'address'), 1);
  });
});

describe('comparison of a person shared pseudonymised', () => {
  const bits = (fill: number): Uint8Array => new Uint8Array(128).fill(fill);
  const encoded = (extra: Partial<ResolutionRecord> = {}): ResolutionRecord =>
    person('', { country: 'PE', roles: ['SHAREHOLDER'], encoding: bits(0xff), ...extra });

  it("weighs only identifiers and encodings: the country and roles are the register's", () => {
    const named = person('JUAN QUISPE', { country: 'CO', roles: ['SHAREHOLDER'], encoding: bits(0xff) });
    assert.equal(level(encoded(), named, 'country'), 0);
    assert.equal(level(encoded(), named, 'roles'), 0);
    assert.equal(level(encoded(), named, 'name'), 0);
    assert.equal(level(encoded(), named, 'encoding'), 1);
    assert.equal(level(encoded(), encoded({ country: 'EC', encoding: bits(0x0f) }), 'encoding'), 4);
  });

  it('leaves the encodings of two named records out, which would count names and dates twice', () => {
    const a = person('JUAN QUISPE', { country: 'PE', encoding: bits(0xff), birthToken: 'TK:k:x' });
    const b = person('JUAN QUISPE', { country: 'CO', encoding: bits(0xff), birthToken: 'TK:k:x' });
    assert.equal(level(a, b, 'encoding'), 0);
    assert.equal(level(a, b, 'birthToken'), 0);
    assert.equal(level(a, b, 'country'), 2);
  });

  it('still compares the country of organisations without a name, and of no encodings under two keys', () => {
    const company = (country: string): ResolutionRecord => ({
      ...person('', { country }),
      kind: 'ORGANISATION',
    });
    assert.equal(level(company('PE'), company('BO'), 'country'), 2);
    const a = encoded({
      nameEncoding: bits(0xff),
      birthToken: `TK:k1:${'A'.repeat(43)}`,
      encodingKeyId: 'k1',
    });
    const b = encoded({
      nameEncoding: bits(0xff),
      birthToken: `TK:k2:${'A'.repeat(43)}`,
      encodingKeyId: 'k2',
    });
    assert.equal(level(a, b, 'nameEncoding'), 0);
    assert.equal(level(a, b, 'birthToken'), 0);
    assert.equal(level(a, b, 'encoding'), 0);
  });

  it('compares names and birth dates apart where both carry them, the record encoding where not', () => {
    const a = encoded({ nameEncoding: bits(0xff), birthToken: 'TK:k:1980' });
    const b = encoded({ nameEncoding: bits(0xfe), birthToken: 'TK:k:1981', encoding: bits(0x0f) });
    assert.equal(level(a, b, 'nameEncoding'), 1);
    assert.equal(level(a, b, 'birthToken'), 2);
    assert.equal(level(a, b, 'encoding'), 0);
    assert.equal(level(a, encoded({ birthToken: 'TK:k:1980' }), 'birthToken'), 1);
    assert.equal(level(a, encoded({ encoding: bits(0x0f) }), 'encoding'), 4);
    assert.equal(level(a, encoded({ encoding: bits(0x0f) }), 'nameEncoding'), 0);
  });
});
