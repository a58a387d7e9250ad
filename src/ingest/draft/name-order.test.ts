import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import type { DraftRecord } from './draft-record.js';
import type { SpecParams } from './precedents.js';
import { givenNameWords, knownNameOrder, withKnownNameOrder } from './name-order.js';

const SURNAMES_FIRST: SpecParams = { use: 'person-name', column: 'REPRESENTANTE', order: 'SURNAMES_FIRST' };
const KNOWN = new Set(['JUAN', 'CARLOS', 'ROSA', 'ELENA', 'MARIA', 'JOSE']);

function rows(column: string, ...names: string[]): RawRow[] {
  return names.map((name, index) => ({ rowNumber: index + 2, values: { [column]: name }, problems: [] }));
}

describe('the order of full names, told by the given names Veta knows', () => {
  it('folds given names into words as they are compared, particles aside', () => {
    assert.deepEqual(givenNameWords('María José'), ['MARIA', 'JOSE']);
    assert.deepEqual(givenNameWords('  ROSA-ELENA '), ['ROSA', 'ELENA']);
    assert.deepEqual(givenNameWords('MARÍA DE LOS ÁNGELES'), ['MARIA', 'ANGELES']);
    // A surname's particle is then no given name: DE LA CRUZ QUISPE WILFREDO tells nothing.
    const known = new Set(givenNameWords('MARÍA DE LOS ÁNGELES'));
    assert.equal(knownNameOrder(['DE LA CRUZ QUISPE WILFREDO'], known), undefined);
  });

  it('reads given names first, or surnames first, by where the known given names stand', () => {
    assert.deepEqual(knownNameOrder(['JUAN CARLOS MAMANI QUISPE', 'ROSA CONDORI'], KNOWN), {
      order: 'GIVEN_FIRST',
      names: 2,
    });
    assert.deepEqual(knownNameOrder(['GÓMEZ RESTREPO JUAN CARLOS', 'QUISPE MAMANI ROSA ELENA'], KNOWN), {
      order: 'SURNAMES_FIRST',
      names: 2,
    });
  });

  it('tells nothing when no given name is known, or the names say both', () => {
    assert.equal(knownNameOrder(['TICONA ALANOCA WILFREDO'], KNOWN), undefined);
    assert.equal(knownNameOrder(['JUAN PÉREZ', 'PÉREZ ROSA'], KNOWN), undefined);
    assert.equal(knownNameOrder(['JUAN CARLOS MAMANI QUISPE'], new Set()), undefined);
  });

  it('turns a drafted full-name field to the order told, and says why; other fields stay', () => {
    const record: DraftRecord = {
      type: 'Party',
      id: { path: 'id', spec: { use: 'identifier', column: 'CI' }, from: [], doubt: undefined },
      fields: [
        {
          path: 'personName',
          spec: SURNAMES_FIRST,
          from: ['CO-RUES'],
          doubt: undefined,
        },
        { path: 'name', spec: { use: 'text', column: 'REPRESENTANTE' }, from: ['CO-RUES'], doubt: undefined },
      ],
    };
    const sample = rows('REPRESENTANTE', 'JUAN CARLOS MAMANI QUISPE', 'MARÍA JOSÉ TICONA');
    const [ordered] = withKnownNameOrder([record], sample, KNOWN);
    const [personName, name] = ordered?.fields ?? [];
    assert.deepEqual(personName?.spec, { use: 'person-name', column: 'REPRESENTANTE', order: 'GIVEN_FIRST' });
    assert.match(personName?.doubt ?? '', /2 of 2 names in REPRESENTANTE have given names Veta knows/);
    assert.deepEqual(name, record.fields[1]);
    // Known names that agree with the precedent's order leave the field as it was.
    const [kept] = withKnownNameOrder([record], rows('REPRESENTANTE', 'MAMANI QUISPE JUAN CARLOS'), KNOWN);
    assert.deepEqual(kept, record);
  });
});
