import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePersonName } from './person-name.js';

describe('parsePersonName', () => {
  it('splits given names and both surnames, given names first', () => {
    assert.deepEqual(parsePersonName('Juan Carlos Quispe Mamani'), {
      givenNames: 'Juan Carlos',
      paternalSurname: 'Quispe',
      maternalSurname: 'Mamani',
    });
  });

  it('reads the surnames-first order of Colombian registers', () => {
    assert.deepEqual(parsePersonName('GOMEZ RESTREPO JUAN CARLOS', 'SURNAMES_FIRST'), {
      givenNames: 'JUAN CARLOS',
      paternalSurname: 'GOMEZ',
      maternalSurname: 'RESTREPO',
    });
  });

  it('keeps particles with the surname or given name they belong to', () => {
    assert.deepEqual(parsePersonName('MARÍA DEL CARMEN DE LA CRUZ QUISPE'), {
      givenNames: 'MARÍA DEL CARMEN',
      paternalSurname: 'DE LA CRUZ',
      maternalSurname: 'QUISPE',
    });
    assert.deepEqual(parsePersonName('DE LOS RÍOS DEL CASTILLO ANA', 'SURNAMES_FIRST'), {
      givenNames: 'ANA',
      paternalSurname: 'DE LOS RÍOS',
      maternalSurname: 'DEL CASTILLO',
    });
  });

  it('uses a comma to separate surnames from given names, and keeps ñ and accents', () => {
    assert.deepEqual(parsePersonName('Peña Nuñez, José Ángel'), {
      givenNames: 'José Ángel',
      paternalSurname: 'Peña',
      maternalSurname: 'Nuñez',
    });
  });

  it('handles short names', () => {
    assert.deepEqual(parsePersonName('Ana Torres'), { givenNames: 'Ana', paternalSurname: 'Torres' });
    assert.deepEqual(parsePersonName('TORRES'), { paternalSurname: 'TORRES' });
    assert.deepEqual(parsePersonName('   '), {});
  });
});
