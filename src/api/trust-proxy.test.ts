import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTrustProxyHost, parseTrustProxy } from './trust-proxy.js';

describe('the --trust-proxy setting', () => {
  it('reads a hop count, or addresses and CIDR ranges, and refuses anything else', () => {
    assert.equal(parseTrustProxy('1'), 1);
    assert.equal(parseTrustProxy('0'), false);
    assert.deepEqual(parseTrustProxy('10.0.0.5, 192.168.0.0/16,fd00::/8'), [
      '10.0.0.5',
      '192.168.0.0/16',
      'fd00::/8',
    ]);
    for (const wrong of ['proxy.example', '10.0.0.0/33', '', 'true', '1.5']) {
      assert.throws(() => parseTrustProxy(wrong), /neither a hop count nor addresses/, wrong);
    }
  });
});

describe('a hop count for --trust-proxy', () => {
  it('is accepted only on a loopback address, where only a proxy on this machine can connect', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', '[::1]', 'localhost']) {
      assert.doesNotThrow(() => checkTrustProxyHost(1, host), host);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.2', 'veta.example']) {
      assert.throws(() => checkTrustProxyHost(1, host), /addresses or CIDR ranges instead/, host);
      assert.doesNotThrow(() => checkTrustProxyHost(['10.0.0.5'], host), host);
    }
  });
});
