import assert from 'node:assert/strict';
import { it } from 'node:test';
import { newApiToken } from '../access/secrets.js';
import { checkSignIn } from '../access/sign-in.js';
import type { Database } from '../store/engine/database.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { userRepository } from '../store/users/user-repository.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

describeEachEngine('veta users', (engine) => {
  it('adds users with a generated or given password, lists them and disables one', async () => {
    const target = await engine.createTarget();
    const db = dbArgs(target);

    const generated = await runVeta([
      ...db,
      'users',
      'add',
      'Ana',
      '--role',
      'analyst',
      '--countries',
      'pe,co',
    ]);
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(
      generated.stdout,
      /^Created Ana \(analyst, CO,PE\)\.\nPassword: ([\w-]{20})\nIt is shown only now/,
    );
    const password = /Password: ([\w-]{20})/.exec(generated.stdout)?.[1] ?? '';

    const given = await runVeta(
      [
        ...db,
        '--json',
        'users',
        'add',
        'luis',
        '--role',
        'ADMIN',
        '--countries',
        'ALL',
        '--agency',
        'UIF',
        '--display-name',
        'Luis Mamani',
        '--password-stdin',
      ],
      {},
      'a long passphrase, typed once\n',
    );
    assert.equal(given.code, 0, given.stderr);
    const added = JSON.parse(given.stdout) as { user: { countries: string; agency: string }; password: null };
    assert.deepEqual([added.user.countries, added.user.agency, added.password], ['ALL', 'UIF', null]);

    const list = await runVeta([...db, 'users', 'list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^USERNAME\s+ROLE\s+COUNTRIES\s+AGENCY\s+STATE\s+NAME\n/);
    assert.match(list.stdout, /\nAna\s+analyst\s+CO,PE\s+active\s+Ana\n/);
    assert.match(list.stdout, /\nluis\s+admin\s+ALL\s+UIF\s+active\s+Luis Mamani\n2 users\n$/);

    const disabled = await runVeta([...db, 'users', 'disable', 'ANA']);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.equal(disabled.stdout, 'Disabled Ana.\n');
    const json = JSON.parse((await runVeta([...db, '--json', 'users', 'list'])).stdout) as {
      users: { username: string; disabled: boolean }[];
    };
    assert.deepEqual(
      json.users.map((user) => [user.username, user.disabled]),
      [
        ['Ana', true],
        ['luis', false],
      ],
    );

    const database = await openDatabase(target);
    try {
      assert.equal(
        (await checkSignIn(database, 'ana', password)).status,
        'disabled',
        'the generated password worked',
      );
      assert.equal(
        (await checkSignIn(database, 'luis', 'a long passphrase, typed once')).status,
        'signed-in',
      );
      const actions = await database.query<{ action: string; actor_username: string }>(
        'SELECT action, actor_username FROM audit_event ORDER BY id',
      );
      assert.deepEqual(
        actions.map((row) => row.action),
        ['user.create', 'user.create', 'user.update'],
      );
      assert.match(actions[0]?.actor_username ?? '', /^cli:/);
    } finally {
      await database.close();
    }
  });

  it('rejects unknown roles, countries and users, and taken names, with exit codes', async () => {
    const target = await engine.createTarget();
    const db = dbArgs(target);
    const role = await runVeta([...db, 'users', 'add', 'x1', '--role', 'chief', '--countries', 'PE']);
    assert.equal(role.code, 2);
    assert.match(
      role.stderr,
      /USAGE: Role "chief" is unknown: use one of viewer, analyst, supervisor, admin, auditor/,
    );
    const country = await runVeta([...db, 'users', 'add', 'x1', '--role', 'viewer', '--countries', 'PE,AR']);
    assert.equal(country.code, 2);
    assert.match(country.stderr, /Country AR is unknown: use BO, CO, EC, PE \(comma-separated\), or ALL/);
    const missing = await runVeta([...db, 'users', 'add', 'x1', '--role', 'viewer']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--countries/);
    const unknown = await runVeta([...db, 'users', 'disable', 'nobody']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /There is no user "nobody"/);
    assert.equal(
      (await runVeta([...db, 'users', 'add', 'x1', '--role', 'viewer', '--countries', 'ALL'])).code,
      0,
    );
    const taken = await runVeta([...db, 'users', 'add', 'X1', '--role', 'viewer', '--countries', 'ALL']);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /CONFLICT: Username "X1" is taken/);
  });

  it('resets a password, lists and revokes tokens, and enables a user without reviving their tokens', async () => {
    const target = await engine.createTarget();
    const db = dbArgs(target);
    // The embedded database admits one process at a time: open it only between runs of veta.
    const inDatabase = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
      const database = await openDatabase(target);
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    };
    const live = () =>
      inDatabase(
        async (database) =>
          (await database.query('SELECT id FROM api_token WHERE revoked_at IS NULL')).length,
      );
    const added = await runVeta([...db, 'users', 'add', 'rosa', '--role', 'analyst', '--countries', 'PE']);
    assert.equal(added.code, 0, added.stderr);
    const addTokens = (names: readonly string[]) =>
      inDatabase(async (database) => {
        const user = await userRepository.byUsername(database, 'rosa');
        assert.ok(user);
        const ids: string[] = [];
        for (const name of names)
          ids.push(
            (
              await userRepository.createToken(database, {
                userId: user.id,
                name,
                sha256: newApiToken().sha256,
              })
            ).id,
          );
        return ids;
      });
    const [first] = await addTokens(['one', 'two', 'three']);

    const list = await runVeta([...db, 'users', 'tokens', 'ROSA']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^ID\s+STATE\s+LAST USED\s+NAME\n/);
    assert.match(list.stdout, /active\s+-\s+two\n/);

    const one = await runVeta([...db, 'users', 'revoke-tokens', 'rosa', first ?? '']);
    assert.equal(one.stdout, 'Revoked 1 API token of rosa.\n', one.stderr);
    assert.equal(await live(), 2);

    const reset = await runVeta(
      [...db, 'users', 'reset-password', 'rosa', '--password-stdin'],
      {},
      'another long passphrase\n',
    );
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /sessions and API tokens have ended/);
    assert.equal(await live(), 0, 'a password reset revokes every token');

    await addTokens(['after']);
    assert.equal((await runVeta([...db, 'users', 'disable', 'rosa'])).code, 0);
    const enabled = await runVeta([...db, 'users', 'enable', 'rosa']);
    assert.equal(enabled.stdout, 'Enabled rosa.\n', enabled.stderr);
    assert.equal(await live(), 0, 'enabling does not revive tokens');
    const status = await inDatabase(
      async (database) => (await checkSignIn(database, 'rosa', 'another long passphrase')).status,
    );
    assert.equal(status, 'signed-in');
  });
});
