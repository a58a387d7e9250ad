import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diceCoefficient } from '../../resolve/encoding-comparison.js';
import { encodeParties, type PartyFields } from './encode-parties.js';
import { linkageKeyId, type LinkageKey } from './linkage-key.js';
import { recordEncoding } from './record-encoding.js';

const key = Buffer.alloc(32, 3);
const KEY: LinkageKey = { keyId: linkageKeyId(key), key };

const rosaAtPe: PartyFields = {
  key: 'PE/1',
  name: 'ROSA QUISPE MAMANI',
  birthDate: '1980-03-04',
  locality: ['JR. LOS ANDES 123', 'ANANEA'],
  documents: ['PE:DNI:41234567'],
};
const rosaAtBo: PartyFields = {
  key: 'BO/7',
  name: 'QUISPE ROSA',
  locality: ['CALLE SUCRE 9', 'GUANAY'],
  documents: ['PE:DNI:41234567', 'BO:CE:E-99812'],
};

void describe('encodeParties', () => {
  it('gives the hub each record as its key and its record encoding, nothing in the clear', () => {
    const records = encodeParties(KEY, [rosaAtPe, rosaAtBo]);
    assert.deepEqual(
      records.map(({ encoding, ...rest }) => ({ ...rest, bits: (encoding?.length ?? 0) * 8 })),
      ['PE/1', 'BO/7'].map((recordKey) => ({
        key: recordKey,
        kind: 'PERSON',
        name: '',
        identifiers: [],
        addresses: [],
        roles: [],
        bits: 1024,
      })),
    );
    assert.deepEqual(records[0]?.encoding, recordEncoding(KEY, rosaAtPe));
    assert.doesNotMatch(JSON.stringify(records), /ROSA|QUISPE|1980|41234567|GUANAY/);
  });

  it('encodes alike at every node that holds the key, and passes the options on', () => {
    const [atPe, atBo] = encodeParties(KEY, [rosaAtPe, rosaAtBo]);
    const [again] = encodeParties(KEY, [rosaAtPe]);
    assert.deepEqual(again?.encoding, atPe?.encoding);
    assert.ok(diceCoefficient(atPe?.encoding ?? Buffer.alloc(0), atBo?.encoding ?? Buffer.alloc(0)) > 0.4);
    const [unfolded] = encodeParties(KEY, [rosaAtPe], { hardening: 'none' });
    assert.deepEqual(unfolded?.encoding, recordEncoding(KEY, rosaAtPe, { hardening: 'none' }));
    assert.deepEqual(encodeParties(KEY, []), []);
  });
});
