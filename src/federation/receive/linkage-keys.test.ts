import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { linkageKeyId } from '../linkage/linkage-key.js';
import { identifierToken } from '../linkage/person-encoding.js';
import { announceLinkageKey, linkageKeyProblem } from './linkage-keys.js';

const first = { keyId: linkageKeyId(Buffer.alloc(32, 1)), key: Buffer.alloc(32, 1) };
const second = { keyId: linkageKeyId(Buffer.alloc(32, 2)), key: Buffer.alloc(32, 2) };

// A pseudonymised party as it arrives: its id a token, its encoding naming the key.
const payloadUnder = (linkage: typeof first) => ({
  recordType: 'Party',
  records: [
    {
      id: identifierToken(linkage, 'PE:DNI:41234567'),
      linkage: { keyId: linkage.keyId, clk: 'AAAA' },
      interests: [{ via: identifierToken(linkage, 'PE:DNI:07654321') }],
    },
  ],
});

describeEachEngine('linkage key ids at the hub', (engine) => {
  it('takes tokens only under the key a node last announced, and names the key it refuses', async () => {
    const hub = await engine.openMigrated();
    assert.match(
      (await linkageKeyProblem(hub, 'PE', payloadUnder(first))) ?? '',
      new RegExp(`linkage key ${first.keyId}, which PE never announced`),
    );
    assert.equal(
      await linkageKeyProblem(hub, 'PE', { recordType: 'Party', records: [{ id: 'PE:RUC:1' }] }),
      undefined,
    );
    assert.equal(await announceLinkageKey(hub, 'PE', first.keyId), undefined);
    assert.equal(await linkageKeyProblem(hub, 'PE', payloadUnder(first)), undefined);
    // Announced by Peru, not by Colombia: each node's tokens under its own announcement.
    assert.match((await linkageKeyProblem(hub, 'CO', payloadUnder(first))) ?? '', /CO never announced/);

    // The region rotates its key: the old one is retired at once, and cannot be announced again.
    assert.equal(await announceLinkageKey(hub, 'PE', second.keyId), undefined);
    assert.equal(await linkageKeyProblem(hub, 'PE', payloadUnder(second)), undefined);
    assert.match(
      (await linkageKeyProblem(hub, 'PE', payloadUnder(first))) ?? '',
      new RegExp(`linkage key ${first.keyId}, which PE has retired`),
    );
    assert.match((await announceLinkageKey(hub, 'PE', first.keyId)) ?? '', /was retired/);
  });
});
