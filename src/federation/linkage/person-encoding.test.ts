import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isVetaError } from '../../core/veta-error.js';
import {
  createLinkageKey,
  importLinkageKey,
  linkageKeyId,
  loadLinkageKey,
  type LinkageKey,
} from './linkage-key.js';
import {
  diceCoefficient,
  identifierToken,
  isToken,
  nameEncoding,
  personEncoding,
} from './person-encoding.js';

const keyOf = (key: Buffer): LinkageKey => ({ keyId: linkageKeyId(key), key });
const KEY = keyOf(Buffer.alloc(32, 7));
const OTHER = keyOf(Buffer.alloc(32, 8));
const dice = (a: string, b: string, key = KEY): number =>
  diceCoefficient(nameEncoding(key, a), nameEncoding(key, b));

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

void describe('keyed tokens', () => {
  it('are the same for one document under one key, and differ across documents and keys', () => {
    const token = identifierToken(KEY, 'PE:DNI:41234567');
    assert.ok(isToken(token));
    assert.ok(token.startsWith(`TK:${KEY.keyId}:`));
    assert.equal(identifierToken(KEY, 'PE:DNI:41234567'), token);
    assert.notEqual(identifierToken(KEY, 'PE:DNI:41234568'), token);
    assert.notEqual(identifierToken(OTHER, 'PE:DNI:41234567').split(':')[2], token.split(':')[2]);
    assert.doesNotMatch(token, /41234567/);
  });

  it('give one passport one token whichever register declared it, and record ids another key', () => {
    assert.equal(
      identifierToken(KEY, 'CO:PASSPORT:P85987124'),
      identifierToken(KEY, 'EC:PASSPORT:P85987124'),
    );
    assert.notEqual(
      identifierToken(KEY, 'PE:DNI:41234567', 'record'),
      identifierToken(KEY, 'PE:DNI:41234567'),
    );
  });
});

void describe('name encodings (CLK)', () => {
  it('score one person high through accents, a typo, swapped surnames and a missing given name', () => {
    assert.equal(dice('MARTHA GÓMEZ PALACIOS', 'MARTHA GOMEZ PALACIOS'), 1);
    assert.ok(dice('WILBER JORGE OSORIO MAMANI', 'WILLBER JORGE OSORIO MAMANI') > 0.9);
    assert.ok(dice('JUAN HERRERA VALENCIA', 'JUAN VALENCIA HERRERA') === 1);
    assert.ok(dice('MARTHA MARÍA GÓMEZ PALACIOS', 'MARTHA GÓMEZ PALACIOS') > 0.8);
  });

  it('score different persons low, and encodings under different keys do not match', () => {
    assert.ok(dice('ROSA QUISPE MAMANI', 'PEDRO TORRES HUAMÁN') < 0.5);
    assert.ok(dice('JUAN HERRERA VALENCIA', 'JOSÉ HERRERA VARGAS') < 0.8);
    const across = diceCoefficient(nameEncoding(KEY, 'ROSA QUISPE'), nameEncoding(OTHER, 'ROSA QUISPE'));
    assert.ok(across < 0.5, `one name under two keys scored ${String(across)}`);
  });

  it('carries the birth date as a keyed token, never in the clear', () => {
    const encoding = personEncoding(KEY, 'ROSA QUISPE', '1980-03-04');
    assert.ok(isToken(encoding.born));
    assert.equal(personEncoding(KEY, 'ANA LUNA', '1980-03-04T00:00:00Z').born, encoding.born);
    assert.doesNotMatch(JSON.stringify(encoding), /1980|ROSA|QUISPE/);
  });
});

void describe('linkage key files', () => {
  it('are created once with mode 0600, imported with the same key id, and refused when others can read them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'veta-linkage-'));
    dirs.push(root);
    const created = await createLinkageKey(join(root, 'pe'));
    assert.equal((await stat(join(root, 'pe', 'linkage-key.json'))).mode & 0o777, 0o600);
    await assert.rejects(createLinkageKey(join(root, 'pe')), (error: unknown) =>
      isVetaError(error, 'CONFLICT'),
    );
    const imported = await importLinkageKey(join(root, 'co'), join(root, 'pe', 'linkage-key.json'));
    assert.equal(imported.keyId, created.keyId);
    assert.deepEqual((await loadLinkageKey(join(root, 'co')))?.key, created.key);
    assert.equal(await loadLinkageKey(join(root, 'hub')), undefined);
    const forged = join(root, 'forged.json');
    await writeFile(
      forged,
      JSON.stringify({
        format: 'veta-linkage-key/1',
        keyId: created.keyId,
        key: randomBytes(32).toString('base64url'),
      }),
    );
    await assert.rejects(importLinkageKey(join(root, 'bo'), forged), /key id .* is not its key's/);
  });
});
