import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BIRTH_TOKEN_MATCH_SHARES, NAME_ENCODING_MATCH_SHARES } from '../../resolve/encoding-comparison.js';
import { explainLink } from '../../resolve/explain-link.js';
import { FEATURE } from '../../resolve/features.js';
import { resolveRecords } from '../../resolve/resolve-records.js';
import type { ResolutionRecord } from '../../resolve/resolution-record.js';
import { ANDEAN_SURNAMES } from '../../resolve/testing/andean-surnames.js';
import { linkageKeyId, type LinkageKey } from './linkage-key.js';
import { identifierToken, personEncoding } from './person-encoding.js';
import { recordEncoding } from './record-encoding.js';

const keyOf = (key: Buffer): LinkageKey => ({ keyId: linkageKeyId(key), key });
const KEY = keyOf(Buffer.alloc(32, 5));
const NEXT_KEY = keyOf(Buffer.alloc(32, 6));

const GIVEN = ['JUAN', 'ROSA', 'LUIS', 'CARMEN', 'EDGAR', 'FLOR', 'CÉSAR', 'MARTHA'];

/** A person as Colombia shares them: name, birth date and document in the clear, with their encodings. */
function inTheClear(key: string, name: string, born: string, document: string): ResolutionRecord {
  const encoding = personEncoding(KEY, name, born);
  return {
    key,
    kind: 'PERSON',
    name,
    date: born,
    identifiers: [document, identifierToken(KEY, document)],
    addresses: [],
    roles: [],
    country: 'CO',
    nameEncoding: Buffer.from(encoding.clk, 'base64url'),
    ...(encoding.born === undefined ? {} : { birthToken: encoding.born }),
    encoding: recordEncoding(KEY, { name, birthDate: born }),
    encodingKeyId: KEY.keyId,
  };
}

/** A person as Peru shares them pseudonymised: a token, the encodings, nothing else. */
function pseudonymised(key: string, name: string, born: string, linkage = KEY): ResolutionRecord {
  const encoding = personEncoding(linkage, name, born);
  const token = identifierToken(linkage, `PE:DNI:${key}`);
  return {
    key,
    kind: 'PERSON',
    name: '',
    identifiers: [token],
    addresses: [],
    roles: [],
    country: 'PE',
    nameEncoding: Buffer.from(encoding.clk, 'base64url'),
    ...(encoding.born === undefined ? {} : { birthToken: encoding.born }),
    // The record encoding brings them to a candidate pair (LSH), as nodes send it.
    encoding: recordEncoding(linkage, { name, birthDate: born }),
    encodingKeyId: linkage.keyId,
  };
}

/**
 * A small hub: Colombia's persons in the clear, each twice (two registers), and Peru's persons
 * pseudonymised, of whom three are Colombians too, one a namesake of a Colombian born a year later,
 * and one a Colombian whose encodings Peru made under a key it rotated since.
 */
function smallHub(): ResolutionRecord[] {
  const records: ResolutionRecord[] = [];
  for (let i = 0; i < 48; i++) {
    const name = `${GIVEN[i % GIVEN.length] ?? ''} ${ANDEAN_SURNAMES[i % ANDEAN_SURNAMES.length] ?? ''} ${ANDEAN_SURNAMES[(i * 5 + 2) % ANDEAN_SURNAMES.length] ?? ''}`;
    const born = `19${String(50 + (i % 40))}-0${String(1 + (i % 9))}-1${String(i % 10)}`;
    const document = `CO:CC:${String(10_000_000 + i * 7919)}`;
    records.push(inTheClear(`RUB/${String(i)}`, name, born, document));
    records.push(inTheClear(`RUES/${String(i)}`, name, born, document));
    if (i < 3) records.push(pseudonymised(`SAME${String(i)}`, name, born));
    if (i === 3)
      records.push(
        pseudonymised(
          'NAMESAKE',
          name,
          `19${String(51 + (i % 40))}-0${String(1 + (i % 9))}-1${String(i % 10)}`,
        ),
      );
    if (i === 4) records.push(pseudonymised('ROTATED', name, born, NEXT_KEY));
  }
  return records;
}

void describe("the hub's resolver on persons shared pseudonymised", () => {
  const records = smallHub();
  const resolution = resolveRecords(records);
  const entityOf = (key: string): string =>
    resolution.entityOf[records.findIndex((r) => r.key === key)] ?? '';

  it('links a pseudonymised person to their records abroad on name encoding and birth date token', () => {
    for (const i of [0, 1, 2])
      assert.equal(entityOf(`SAME${String(i)}`), entityOf(`RUB/${String(i)}`), `person ${String(i)}`);
  });

  it('keeps apart a namesake born another day, and encodings made under another key', () => {
    assert.notEqual(entityOf('NAMESAKE'), entityOf('RUB/3'));
    assert.notEqual(entityOf('ROTATED'), entityOf('RUB/4'));
  });

  it('weighs those pairs with a prior of their own, never above the rest, and explains it so', () => {
    const model = resolution.snapshot.kinds.find((kind) => kind.kind === 'PERSON')?.model;
    assert.ok(model?.encodingLambda !== undefined && model.encodingLambda <= model.lambda);
    // Given, not fitted: what FEBRL's true pairs measure (febrl-encoded.test.ts).
    assert.deepEqual(model.m[FEATURE.nameEncoding], [0, ...NAME_ENCODING_MATCH_SHARES]);
    assert.deepEqual(model.m[FEATURE.birthToken], [0, ...BIRTH_TOKEN_MATCH_SHARES]);
    const link = resolution.links.find(
      (each) => !each.confirmedByAnalyst && [records[each.a]?.key, records[each.b]?.key].includes('SAME0'),
    );
    assert.ok(link !== undefined && !link.confirmedByAnalyst);
    const explained = explainLink(model, link);
    const prior = Math.log2(model.encodingLambda / (1 - model.encodingLambda));
    assert.ok(Math.abs(explained.prior - prior) < 0.01, `${String(explained.prior)} vs ${String(prior)}`);
    assert.deepEqual(
      explained.features.map((feature) => feature.feature),
      ['nameEncoding', 'birthToken'],
    );
  });
});
