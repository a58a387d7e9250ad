import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIdentifier } from '@veta/standard';
import {
  CAREFUL,
  dropAccents,
  noiseProbability,
  noisyBirthDate,
  noisyOrgName,
  noisyPersonName,
  SLOPPY,
  typo,
  withNoiseLevel,
  type NoiseProfile,
} from './noise.js';
import { Rng } from './rng.js';
import { placesOf } from './world/geography.js';
import { IdentifierFactory, mistypedIdentifier, nitDv } from './world/identifiers.js';
import { legalForm } from './world/legal-forms.js';
import type { Identifier, Organisation, Person } from './world/types.js';

const place = placesOf('PE')[0];
if (!place) throw new Error('No Peruvian place');

const person: Person = {
  kind: 'PERSON',
  id: 'P0000001',
  given: ['JOSÉ', 'MARÍA'],
  paternal: 'NÚÑEZ',
  maternal: 'CÁCERES',
  birth: { year: 1980, month: 5, day: 17 },
  nationality: 'PE',
  ids: [],
  address: 'JR. LIMA 12',
  place,
};

const company: Organisation = {
  kind: 'ORGANISATION',
  id: 'O0000001',
  country: 'PE',
  name: 'MINERA AURÍFERA CÓNDOR',
  legalForm: 'SAC',
  taxId: { country: 'PE', scheme: 'RUC', value: '20131312955' },
  registered: { year: 2010, month: 1, day: 1 },
  address: 'AV. LOS INCAS 1',
  place,
  ciiu: '0710',
  capital: 10_000,
  representativeId: 'P0000001',
  roles: ['MINER'],
  owners: [],
  located: true,
  active: true,
};

const NONE: NoiseProfile = {
  dropAccents: 0,
  swapSurnames: 0,
  dropMaternal: 0,
  typo: 0,
  legalFormVariant: 0,
  identifierTypo: 0,
  missingOptional: 0,
  transposedBirthDate: 0,
  impossibleBirthDate: 0,
  swappedGivenAndSurnames: 0,
};

describe('noise', () => {
  it('drops accents but keeps Ñ, as Andean systems do', () => {
    assert.equal(dropAccents('NÚÑEZ CÁCERES JOSÉ MARÍA'), 'NUÑEZ CACERES JOSE MARIA');
    assert.equal(dropAccents('peña ángel'), 'peña angel');
  });

  it('swaps the surnames, drops the maternal one or the accents when the profile says so', () => {
    const rng = new Rng('names');
    for (let i = 0; i < 50; i++) {
      const swapped = noisyPersonName(rng, person, { ...NONE, swapSurnames: 1 });
      assert.deepEqual([swapped.paternal, swapped.maternal], ['CÁCERES', 'NÚÑEZ']);
      assert.equal(noisyPersonName(rng, person, { ...NONE, dropMaternal: 1 }).maternal, '');
      const plain = noisyPersonName(rng, person, { ...NONE, dropAccents: 1 });
      assert.equal(plain.paternal, 'NUÑEZ');
      assert.ok(['JOSE MARIA', 'JOSE'].includes(plain.given), plain.given);
      assert.equal(noisyPersonName(rng, person, NONE).paternal, 'NÚÑEZ');
    }
  });

  it('writes the legal form canonically or as one of its variants', () => {
    const rng = new Rng('forms');
    const form = legalForm('SAC');
    assert.equal(noisyOrgName(rng, company, NONE), 'MINERA AURÍFERA CÓNDOR S.A.C.');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const name = noisyOrgName(rng, company, { ...NONE, legalFormVariant: 1 });
      const suffix = name.slice('MINERA AURÍFERA CÓNDOR '.length);
      assert.ok(form.variants.includes(suffix), suffix);
      seen.add(suffix);
    }
    assert.equal(seen.size, form.variants.length, 'every variant occurs');
  });

  it('makes exactly one typing error in a word', () => {
    const rng = new Rng('typos');
    for (let i = 0; i < 200; i++) {
      const wrong = typo(rng, 'ABCDEFGH');
      assert.notEqual(wrong, 'ABCDEFGH');
      assert.ok(Math.abs(wrong.length - 8) <= 1);
      assert.equal(wrong[0], 'A', 'the first letter is kept');
    }
    assert.equal(typo(rng, 'ABC'), 'ABC', 'too short to mistype');
  });

  it('mistypes identifiers so that the standard rejects their check digit', () => {
    const rng = new Rng('identifier-typos');
    const ids = new IdentifierFactory(rng.fork('ids'));
    for (let i = 0; i < 300; i++) {
      const dni = ids.peDni();
      const cedula = ids.ecCedula();
      const checked: Identifier[] = [
        ids.peRucOfCompany(),
        ids.peRucOfPerson(dni.value),
        cedula,
        { country: 'EC', scheme: 'RUC', value: `${cedula.value}001` },
        ids.ecRucOfCompany(),
        ids.coNit(),
      ];
      for (const id of checked) {
        const dv = id.scheme === 'NIT' ? nitDv(id.value) : undefined;
        assert.equal(checkIdentifier(id.country, id.scheme, id.value, dv).flags.length, 0, id.value);
        const wrong = mistypedIdentifier(rng, id);
        assert.equal(wrong.length, id.value.length);
        const codes = checkIdentifier(id.country, id.scheme, wrong, dv).flags.map((f) => f.code);
        assert.ok(
          codes.some((code) => code.endsWith('CHECK_DIGIT')),
          `${id.country} ${id.scheme} ${id.value} -> ${wrong}: ${codes.join(', ')}`,
        );
      }
      // A DNI has no check digit inside its value: the typo is a different, undetectable number.
      assert.notEqual(mistypedIdentifier(rng, dni), dni.value);
    }
  });

  it('keeps careful registers mostly clean', () => {
    const rng = new Rng('careful');
    let unchanged = 0;
    for (let i = 0; i < 1000; i++) {
      const name = noisyPersonName(rng, person, CAREFUL);
      if (name.paternal === 'NÚÑEZ' && name.maternal === 'CÁCERES') unchanged++;
    }
    assert.ok(unchanged > 750, `${unchanged} of 1000 names untouched`);
  });

  it('doubles every probability of every profile at the high level, capped at 1', () => {
    for (const profile of [CAREFUL, SLOPPY, { ...NONE, typo: 0.7 }])
      for (const kind of Object.keys(profile) as (keyof NoiseProfile)[])
        assert.equal(noiseProbability(profile, kind, 'high'), Math.min(1, 2 * profile[kind]), kind);
    assert.equal(noiseProbability(SLOPPY, 'typo', 'normal'), SLOPPY.typo);
    assert.equal(noiseProbability(SLOPPY, 'impossibleBirthDate', 'normal'), 0, 'high level only');
    assert.equal(
      withNoiseLevel('high', () => noiseProbability(CAREFUL, 'dropMaternal')),
      0.1,
    );
    assert.equal(noiseProbability(CAREFUL, 'dropMaternal'), 0.05, 'normal outside a high run');
  });

  it('draws no random number for the high-only kinds at the normal level, so normal files stay as they were', () => {
    const everything: NoiseProfile = {
      ...NONE,
      transposedBirthDate: 1,
      impossibleBirthDate: 1,
      swappedGivenAndSurnames: 1,
    };
    const [used, fresh] = [new Rng('same'), new Rng('same')];
    const birth = { year: 1980, month: 5, day: 7 };
    assert.deepEqual(noisyBirthDate(used, birth, everything), birth);
    assert.equal(noisyPersonName(used, person, everything).paternal, 'NÚÑEZ');
    noisyPersonName(fresh, person, NONE);
    assert.equal(used.next(), fresh.next());
  });

  it('writes impossible or transposed birth dates and swaps given names with surnames at the high level', () => {
    const rng = new Rng('dirty-lists');
    const birth = { year: 1915, month: 5, day: 7 };
    withNoiseLevel('high', () => {
      const impossible = noisyBirthDate(rng, birth, { ...NONE, impossibleBirthDate: 0.5 });
      assert.equal(impossible.year, 1915);
      assert.ok(impossible.month > 12 && impossible.day > 31, JSON.stringify(impossible));
      const transposing = { ...NONE, transposedBirthDate: 0.5 };
      assert.deepEqual(noisyBirthDate(rng, birth, transposing), { year: 1915, month: 7, day: 5 });
      const late = { year: 1915, month: 5, day: 17 };
      assert.deepEqual(noisyBirthDate(rng, late, transposing), late, 'no 17th month: kept');
      const swapped = noisyPersonName(
        rng,
        { ...person, given: ['JOSÉ', 'MARÍA'] },
        {
          ...NONE,
          swappedGivenAndSurnames: 0.5,
        },
      );
      assert.equal(swapped.given, 'NÚÑEZ CÁCERES');
      assert.ok(['JOSÉ', 'JOSÉ MARÍA'].includes([swapped.paternal, swapped.maternal].join(' ').trim()));
    });
  });
});
