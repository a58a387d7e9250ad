import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKeyId, isToken } from '../../core/keyed-token.js';
import { CLK_BITS } from '../linkage/person-encoding.js';
import { linkageProblem } from './pseudonymised-record.js';

const clk = Buffer.alloc(CLK_BITS / 8, 0x5a).toString('base64url');
const token = `TK:k-2026_a:${Buffer.alloc(32, 1).toString('base64url')}`;

void describe("a person's encoding as the hub receives it", () => {
  it('is accepted with a key id of letters, digits, dashes and underscores', () => {
    assert.ok(isToken(token));
    assert.equal(linkageProblem({ keyId: 'k-2026_a', clk, born: token }, false), undefined);
  });

  it('is refused, saying so, when the key id is missing, too long or holds other characters', () => {
    for (const keyId of [undefined, '', 'x'.repeat(33), 'key id', 'k:1', 7]) {
      assert.equal(isKeyId(keyId), false, String(keyId));
      assert.equal(linkageProblem({ keyId, clk }, false), "a person's encoding names no key id");
    }
  });

  it('is refused when its filter has another size than the encodings', () => {
    const short = Buffer.alloc(CLK_BITS / 16).toString('base64url');
    assert.match(linkageProblem({ keyId: 'k1', clk: short }, false) ?? '', /is not a \d+-bit filter/);
  });

  it('takes the passport and both-surnames facts only as true', () => {
    const facts = { keyId: 'k1', clk, passport: true, bothSurnames: true };
    assert.equal(linkageProblem(facts, false), undefined);
    assert.match(
      linkageProblem({ ...facts, passport: 'yes' }, false) ?? '',
      /passport is said only when true/,
    );
    assert.match(linkageProblem({ ...facts, bothSurnames: false }, false) ?? '', /bothSurnames is said only/);
  });
});
