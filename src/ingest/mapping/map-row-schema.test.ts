import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileProfile } from './compile-profile.js';
import { mapRow } from './map-row.js';
import { testRowContext } from './testing/transform-input.js';

// A value its transform accepts but the standard's schema refuses: `text` takes any birth date, the
// Party schema wants yyyy-mm-dd. Optional, it is left out and the record validated again without it.
// Transform parameters beyond `use` and `column` are checked when the profile compiles, not typed.
const id = { use: 'template', template: 'TEST:{ID}' };
const person = { use: 'const', value: 'PERSON' };
const people = compileProfile(
  {
    id: 'TEST-PEOPLE',
    title: 'People',
    format: { type: 'csv' },
    fileName: '^TEST-PEOPLE',
    required: ['ID'],
    records: [
      {
        type: 'Party',
        id,
        fields: {
          kind: person,
          name: { use: 'text', column: 'NAME' },
          birthDate: { use: 'text', column: 'BORN' },
        },
      },
    ],
  },
  'test',
);

function row(values: Record<string, string>) {
  return {
    rowNumber: 3,
    values: { ID: '7', NAME: 'Rosa Quispe', BORN: '1980-04-12', ...values },
    problems: [],
  };
}

describe('mapRow against the standard’s schema', () => {
  it('leaves out an optional value the schema refuses, flagged with its column and raw value', () => {
    const { records, problems } = mapRow(people, row({ BORN: '12 de abril' }), testRowContext('2026-01-01'));
    assert.deepEqual(problems, []);
    const [person] = records;
    assert.equal(person?.body.name, 'Rosa Quispe');
    assert.equal(person?.body.birthDate, undefined);
    const flag = person?.flags.find((candidate) => candidate.code === 'OPTIONAL_FIELD_DROPPED');
    assert.equal(flag?.field, 'BORN');
    assert.match(flag?.message ?? '', /^Row 3, BORN "12 de abril": left out of birthDate.*\(INVALID_/);
  });

  it('quotes a long refused value in part, the whole cell staying in the raw row', () => {
    const long = 'x'.repeat(1000);
    const { records } = mapRow(people, row({ BORN: long }), testRowContext('2026-01-01'));
    const flag = records[0]?.flags.find((candidate) => candidate.code === 'OPTIONAL_FIELD_DROPPED');
    assert.ok(flag?.message.includes(`BORN "${'x'.repeat(200)}…"`));
    assert.ok(!flag?.message.includes('x'.repeat(201)));
  });

  it('keeps a valid value, and rejects a record the schema cannot do without, naming the column', () => {
    const valid = mapRow(people, row({}), testRowContext('2026-01-01'));
    assert.equal(valid.records[0]?.body.birthDate, '1980-04-12');
    assert.deepEqual(valid.records[0]?.flags, []);
    const nameless = mapRow(people, row({ NAME: '' }), testRowContext('2026-01-01'));
    assert.deepEqual(nameless.records, []);
    assert.match(nameless.problems[0]?.message ?? '', /^Row 3, column NAME: Party \/name is required\./);
  });
});
