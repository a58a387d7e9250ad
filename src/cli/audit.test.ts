import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

describeEachEngine('veta audit verify', (engine) => {
  it('reports an intact trail, then exits 1 naming the first tampered entry', async () => {
    const target = await engine.createTarget();
    const db = dbArgs(target);
    const empty = await runVeta([...db, 'audit', 'verify']);
    assert.equal(empty.code, 0, empty.stderr);
    assert.equal(empty.stdout, 'The audit trail is empty.\n');

    for (const name of ['ana', 'luis', 'eva']) {
      assert.equal(
        (await runVeta([...db, 'users', 'add', name, '--role', 'viewer', '--countries', 'PE'])).code,
        0,
      );
    }
    const intact = await runVeta([...db, 'audit', 'verify']);
    assert.equal(intact.code, 0, intact.stderr);
    assert.match(
      intact.stdout,
      /^The audit trail is intact: 3 entries verified\. Last entry 3, hash [0-9a-f]{64}/,
    );

    const database = await openDatabase(target);
    try {
      await database.exec(
        `ALTER TABLE audit_event DISABLE TRIGGER USER;
         UPDATE audit_event SET details = details || '{"role": "admin"}' WHERE id = 2;
         ALTER TABLE audit_event ENABLE TRIGGER USER`,
      );
    } finally {
      await database.close();
    }
    const tampered = await runVeta([...db, 'audit', 'verify']);
    assert.equal(tampered.code, 1);
    assert.equal(
      tampered.stderr,
      'veta: AUDIT_TAMPERED: The audit trail was tampered with. Audit entry 2 (user.create by ' +
        `${/by (cli:[^)]+)\)/.exec(tampered.stderr)?.[1] ?? '?'}) was changed after it was written: its fields no longer give its stored hash. 1 entry before it verified.\n`,
    );
  });
});
