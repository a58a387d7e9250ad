import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isVetaError } from '../core/veta-error.js';
import { keyIdOf, parseNodeDescriptor } from './node-descriptor.js';
import { initNode, loadNodeIdentity, readDescriptorFile, revealKeyOf } from './node-identity.js';
import { answerKeyOf } from './reveal/sealed-identity.js';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veta-node-'));
  dirs.push(dir);
  return join(dir, 'node');
}

void describe('node identity', () => {
  it('writes a descriptor and a private key only its owner can read, and loads them back', async () => {
    const dir = await freshDir();
    const descriptor = await initNode(dir, { country: 'pe', name: 'Perú', role: 'node' });
    assert.equal(descriptor.nodeId, 'PE');
    assert.equal(descriptor.country, 'PE');
    assert.equal(descriptor.name, 'Perú');
    assert.equal((await stat(join(dir, 'node-key.pem'))).mode & 0o777, 0o600);
    const written = await readFile(join(dir, 'node.json'), 'utf8');
    assert.doesNotMatch(written, /PRIVATE KEY/);
    const identity = await loadNodeIdentity(dir);
    assert.deepEqual(identity.descriptor, descriptor);
    assert.equal(identity.privateKey.asymmetricKeyType, 'ed25519');
  });

  it('names the hub HUB and never replaces an identity peers already trust', async () => {
    const dir = await freshDir();
    const hub = await initNode(dir, { country: 'PE', name: 'Secretaría regional', role: 'hub' });
    assert.equal(hub.nodeId, 'HUB');
    await assert.rejects(
      initNode(dir, { country: 'PE', name: 'Otra', role: 'hub' }),
      (error) => isVetaError(error, 'CONFLICT') && /already holds a node identity/.test(error.message),
    );
    assert.equal((await loadNodeIdentity(dir)).descriptor.keyId, hub.keyId);
  });

  it('refuses a private key others can read', async () => {
    const dir = await freshDir();
    await initNode(dir, { country: 'CO', name: 'Colombia', role: 'node' });
    await chmod(join(dir, 'node-key.pem'), 0o644);
    await assert.rejects(
      loadNodeIdentity(dir),
      (error) => isVetaError(error, 'KEY_EXPOSED') && /chmod 600/.test(error.message),
    );
  });

  it('keeps an X25519 reveal key beside the signing key, made on first use for older identities', async () => {
    const dir = await freshDir();
    await initNode(dir, { country: 'PE', name: 'Secretaría', role: 'hub' });
    assert.equal((await stat(join(dir, 'reveal-key.pem'))).mode & 0o777, 0o600);
    const first = await loadNodeIdentity(dir);
    assert.equal(first.revealKey.asymmetricKeyType, 'x25519');
    assert.equal(answerKeyOf((await loadNodeIdentity(dir)).revealKey), answerKeyOf(first.revealKey));
    // An identity made before the reveal key existed gets one, as private as the signing key.
    await rm(join(dir, 'reveal-key.pem'));
    assert.equal((await revealKeyOf(dir))?.asymmetricKeyType, 'x25519');
    assert.equal((await stat(join(dir, 'reveal-key.pem'))).mode & 0o777, 0o600);
    assert.equal(await revealKeyOf(await freshDir()), undefined, 'no identity, no key made');
    await chmod(join(dir, 'reveal-key.pem'), 0o640);
    await assert.rejects(loadNodeIdentity(dir), (error) => isVetaError(error, 'KEY_EXPOSED'));
  });

  it('refuses a descriptor whose key id was edited, or whose key is not Ed25519', async () => {
    const dir = await freshDir();
    const descriptor = await initNode(dir, { country: 'EC', name: 'Ecuador', role: 'node' });
    const other = generateKeyPairSync('ed25519').publicKey;
    const path = join(dir, 'edited.json');
    await writeFile(path, JSON.stringify({ ...descriptor, keyId: keyIdOf(other) }));
    await assert.rejects(
      readDescriptorFile(path),
      (error) => isVetaError(error, 'DESCRIPTOR_INVALID') && /altered/.test(error.message),
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    assert.throws(
      () =>
        parseNodeDescriptor(
          {
            ...descriptor,
            publicKey: rsa.export({ type: 'spki', format: 'pem' }).toString(),
            keyId: keyIdOf(rsa),
          },
          'rsa.json',
        ),
      (error) => isVetaError(error, 'DESCRIPTOR_INVALID') && /rsa.json.*Ed25519/.test(error.message),
    );
    assert.throws(
      () => parseNodeDescriptor({ ...descriptor, role: 'king' }, 'role.json'),
      (error) => isVetaError(error, 'DESCRIPTOR_INVALID') && /role\.json.*\/role/.test(error.message),
    );
  });
});
