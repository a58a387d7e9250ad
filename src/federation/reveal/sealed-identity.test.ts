import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { parseSealedIdentity } from './reveal-payloads.js';
import { answerKeyOf, openIdentity, sealIdentity } from './sealed-identity.js';

const rosa = { name: 'Rosa Quispe Mamani', identifiers: ['PE:DNI:41234567'], birthDate: '1980-03-04' };

void describe('a revealed identity sealed to the hub', () => {
  const hub = generateKeyPairSync('x25519').privateKey;
  const request = randomUUID();

  it('opens with the hub reveal key, for the request it was sealed for, and shows nothing in the clear', () => {
    const sealed = sealIdentity(rosa, answerKeyOf(hub), request);
    assert.equal(typeof parseSealedIdentity(sealed), 'object');
    assert.doesNotMatch(JSON.stringify(sealed), /Rosa|Quispe|41234567|1980/);
    assert.deepEqual(openIdentity(sealed, hub, request), rosa);
    // A fresh one-time key each time: the same person sealed twice does not look the same.
    assert.notEqual(sealIdentity(rosa, answerKeyOf(hub), request).data, sealed.data);
  });

  it('does not open with another key, under another request, or altered', () => {
    const sealed = sealIdentity(rosa, answerKeyOf(hub), request);
    assert.equal(openIdentity(sealed, generateKeyPairSync('x25519').privateKey, request), undefined);
    assert.equal(openIdentity(sealed, hub, randomUUID()), undefined);
    const data = Buffer.from(sealed.data, 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    assert.equal(openIdentity({ ...sealed, data: data.toString('base64url') }, hub, request), undefined);
  });
});
