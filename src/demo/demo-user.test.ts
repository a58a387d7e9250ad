import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkSignIn } from '../access/sign-in.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { userRepository } from '../store/users/user-repository.js';
import { DEMO_CREDENTIALS, ensureDemoUser } from './demo-user.js';

describeEachEngine('the demo user', (engine) => {
  it('signs in with the printed credentials as a regional supervisor', async () => {
    const db = await engine.openMigrated();
    await ensureDemoUser(db);
    const outcome = await checkSignIn(db, DEMO_CREDENTIALS.username, DEMO_CREDENTIALS.password);
    assert.equal(outcome.status, 'signed-in');
    assert.equal(outcome.status === 'signed-in' && outcome.user.role, 'supervisor');
    assert.equal(outcome.status === 'signed-in' && outcome.user.countries, null);
  });

  it('is reset on the next run: the printed password works again after a change, and only one user exists', async () => {
    const db = await engine.openMigrated();
    await ensureDemoUser(db);
    const found = await userRepository.forSignIn(db, DEMO_CREDENTIALS.username);
    assert.ok(found);
    await userRepository.update(db, found.user.id, { disabled: true, passwordHash: '!' });
    await ensureDemoUser(db);
    assert.equal(
      (await checkSignIn(db, DEMO_CREDENTIALS.username, DEMO_CREDENTIALS.password)).status,
      'signed-in',
    );
    const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    assert.equal(users[0]?.n, 1);
  });
});
