import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimestamp, timeZoneOf } from './timestamps.js';

/** The UTC moment a text reads as in Lima (or the zone given) with its flags' codes, or the failure's code. */
function read(text: string, timeZone = 'America/Lima', formats?: readonly string[]): string {
  const parsed = parseTimestamp(text, formats === undefined ? { timeZone } : { timeZone, formats });
  if (!parsed.ok) return parsed.code;
  return [parsed.value, ...parsed.flags.map((flag) => flag.code)].join(' ');
}

describe('parseTimestamp: one fixture per form', () => {
  it('reads ISO 8601 with its zone, with or without seconds or a fraction', () => {
    assert.equal(read('2023-01-06T14:30:00-05:00'), '2023-01-06T19:30:00.000Z');
    assert.equal(read('2023-01-06T14:30-05:00'), '2023-01-06T19:30:00.000Z');
    assert.equal(read('2023-01-06T14:30:15.25Z'), '2023-01-06T14:30:15.250Z');
    assert.equal(read('2023-01-06 14:30:00+0100'), '2023-01-06T13:30:00.000Z');
    assert.equal(read('2023-01-06T14:30:00-04'), '2023-01-06T18:30:00.000Z');
  });

  it("reads a time without a zone in the country's zone, flagged", () => {
    assert.equal(read('2023-01-06T14:30'), '2023-01-06T19:30:00.000Z TIMESTAMP_ZONE_ASSUMED');
    assert.equal(
      read('2023-01-06 14:30', timeZoneOf('BO')),
      '2023-01-06T18:30:00.000Z TIMESTAMP_ZONE_ASSUMED',
    );
    assert.equal(
      read('2023-01-06 14:30', timeZoneOf(undefined)),
      '2023-01-06T14:30:00.000Z TIMESTAMP_ZONE_ASSUMED',
    );
    assert.deepEqual(['PE', 'CO', 'EC', 'BO', 'US', undefined].map(timeZoneOf), [
      'America/Lima',
      'America/Bogota',
      'America/Guayaquil',
      'America/La_Paz',
      'UTC',
      'UTC',
    ]);
  });

  it('reads dd/mm/yyyy HH:MM[:SS] in the layout order', () => {
    const formats = ['dd/mm/yyyy', 'dd/mm/yyyy HH:MI'];
    assert.equal(
      read('06/01/2023 14:30', 'America/Bogota', formats),
      '2023-01-06T19:30:00.000Z TIMESTAMP_ZONE_ASSUMED',
    );
    assert.equal(
      read('06/01/2023 14:30:15', 'America/Bogota', formats),
      '2023-01-06T19:30:15.000Z TIMESTAMP_ZONE_ASSUMED',
    );
  });

  it('keeps a date alone at day precision, the start of that day in the zone, flagged INFO', () => {
    assert.equal(read('2023-01-06'), '2023-01-06T05:00:00.000Z TIMESTAMP_DAY_ONLY');
    const parsed = parseTimestamp('2023-01-06', { timeZone: 'America/Lima' });
    assert.equal(parsed.ok ? parsed.flags[0]?.severity : '', 'INFO');
  });

  it('rejects what is no moment, naming the value and the forms expected', () => {
    assert.deepEqual(parseTimestamp('ayer', { timeZone: 'UTC' }), {
      ok: false,
      code: 'TIMESTAMP_INVALID',
      message:
        '"ayer" is not a timestamp: expected ISO 8601 (2023-01-06T14:30:00-05:00), dd/mm/yyyy HH:MM[:SS] or a date.',
    });
    assert.equal(read('2023-02-30T10:00:00Z'), 'TIMESTAMP_INVALID');
    assert.equal(read('2023-01-06T25:00:00Z'), 'TIMESTAMP_INVALID');
  });
});
