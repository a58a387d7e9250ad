import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { FIXTURES_DIR } from '../../ingest/profiles/testing/map-fixture.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { upload, uploadSettled } from '../testing/uploads.js';
import { UploadFolder } from './upload-folder.js';

const COMPRAS = readFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv'));
const RUCOM = readFileSync(join(FIXTURES_DIR, 'CO-RUCOM.csv'));

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describeEachEngine('uploaded files after their load', (engine) => {
  it('leaves nothing in the working folder, whether loaded, failed, refused or too large', async () => {
    const db = await engine.openMigrated();
    const work = mkdtempSync(join(tmpdir(), 'veta-upload-work-'));
    const app = await buildApp({ db, uploadWorkDir: work, uploadLimitBytes: 64 * 1024 });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });

    assert.equal((await uploadSettled(app, ana, 'PE-COMPRAS.csv', COMPRAS)).status, 'done');
    assert.equal((await uploadSettled(app, ana, 'holiday.bin', randomBytes(2048))).status, 'failed');
    assert.equal((await upload(app, ana, 'CO-RUCOM.csv', RUCOM)).statusCode, 403);
    assert.equal((await upload(app, ana, 'PE-COMPRAS.csv', randomBytes(256 * 1024))).statusCode, 413);
    assert.deepEqual(readdirSync(work), []);
    await app.close();
    assert.equal(existsSync(work), false, 'the working folder goes with the server');
  });

  it('keeps loaded and failed files as evidence, named by SHA-256 and name, when told to', async () => {
    const db = await engine.openMigrated();
    const work = mkdtempSync(join(tmpdir(), 'veta-upload-work-'));
    const keep = join(mkdtempSync(join(tmpdir(), 'veta-upload-keep-')), 'evidence');
    const app = await buildApp({ db, uploadWorkDir: work, keepUploadsDir: keep });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const junk = randomBytes(2048);

    assert.equal((await uploadSettled(app, ana, 'PE-COMPRAS.csv', COMPRAS)).status, 'done');
    assert.equal((await uploadSettled(app, ana, 'holiday.bin', junk)).status, 'failed');
    assert.equal((await upload(app, ana, 'CO-RUCOM.csv', RUCOM)).statusCode, 403);
    const kept = [`${sha256(COMPRAS)}-PE-COMPRAS.csv`, `${sha256(junk)}-holiday.bin`].sort();
    assert.deepEqual(readdirSync(keep).sort(), kept, 'the refused file is not kept');
    assert.deepEqual(readFileSync(join(keep, `${sha256(junk)}-holiday.bin`)), junk);
    assert.deepEqual(readdirSync(work), []);
    await app.close();
  });

  it('removes the folders that a server killed mid-load left behind, and no live one', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    const shared = join(tmpdir(), 'veta-uploads');
    const abandoned = join(shared, `server-${String(child.pid)}-deadbeef`);
    const live = join(shared, `server-${String(process.pid)}-cafecafe`);
    for (const dir of [abandoned, live]) {
      mkdirSync(join(dir, 'an-upload'), { recursive: true });
      writeFileSync(join(dir, 'an-upload', 'PE-COMPRAS.csv'), COMPRAS);
    }
    const app = await buildApp({ db: await engine.openMigrated() });
    assert.equal(existsSync(abandoned), false);
    assert.equal(existsSync(live), true);
    await app.close();
    rmSync(live, { recursive: true });
  });

  it("creates the working folder and each upload's folder for the server's user alone (mode 0700)", async () => {
    const db = await engine.openMigrated();
    const work = join(mkdtempSync(join(tmpdir(), 'veta-upload-mode-')), 'work');
    const app = await buildApp({ db, uploadWorkDir: work });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    assert.equal((await uploadSettled(app, ana, 'PE-COMPRAS.csv', COMPRAS)).status, 'done');
    assert.equal(statSync(work).mode & 0o777, 0o700, 'the working folder');
    await app.close();

    const one = await new UploadFolder({ work, keep: undefined }).create('one-upload');
    assert.equal(statSync(one).mode & 0o777, 0o700, "an upload's folder");
  });
});
