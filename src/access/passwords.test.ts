import assert from 'node:assert/strict';
import { scryptSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { generatePassword, hashPassword, NO_PASSWORD, verifyPassword } from './passwords.js';

void describe('password hashing', () => {
  it('verifies the password it hashed and no other', async () => {
    const stored = await hashPassword('correct horse battery staple');
    assert.match(stored, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.equal(await verifyPassword('correct horse battery staple', stored), true);
    assert.equal(await verifyPassword('correct horse battery stapl', stored), false);
    assert.equal(await verifyPassword('', stored), false);
  });

  it('salts each hash, so equal passwords are stored differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    assert.notEqual(a, b);
  });

  it('verifies with the parameters stored beside the hash, so a cheaper old hash still works', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('mudanza-2024', salt, 32, { N: 1024, r: 8, p: 1 });
    const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    assert.equal(await verifyPassword('mudanza-2024', old), true);
    assert.equal(await verifyPassword('mudanza-2025', old), false);
  });

  it('matches nothing for token-only users and damaged hashes', async () => {
    assert.equal(await verifyPassword('anything', NO_PASSWORD), false);
    assert.equal(await verifyPassword('', NO_PASSWORD), false);
    assert.equal(await verifyPassword('x', 'scrypt$3$8$1$AAAA$AAAA'), false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('contrase\u00f1a segura');
    assert.equal(await verifyPassword('contrasen\u0303a segura', stored), true);
  });

  it('generates long random passwords', () => {
    const password = generatePassword();
    assert.equal(password.length, 20);
    assert.notEqual(password, generatePassword());
  });
});
