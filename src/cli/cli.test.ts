import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

describe('veta command line', () => {
  it('prints help for the program and every command, exiting 0', async () => {
    const root = await runVeta(['--help']);
    assert.equal(root.code, 0);
    assert.match(root.stdout, /Usage: veta/);
    assert.match(root.stdout, /--db <url>/);
    const commands = [
      ['db'],
      ['db', 'migrate'],
      ['db', 'status'],
      ['db', 'reset'],
      ['ingest'],
      ['profiles'],
      ['simulate'],
      ['standard'],
      ['standard', 'export'],
    ];
    for (const name of ['ingest', 'profiles', 'simulate', 'standard'])
      assert.match(root.stdout, new RegExp(`\\n  ${name}\\b`));
    for (const command of commands) {
      const run = await runVeta([...command, '--help']);
      assert.equal(run.code, 0, command.join(' '));
      assert.match(run.stdout, new RegExp(`Usage: veta ${command.join(' ')}`));
    }
  });

  it('exits 2 on a usage error and says what went wrong', async () => {
    const unknown = await runVeta(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'frobnicate'/);
    const option = await runVeta(['db', 'status', '--bogus']);
    assert.equal(option.code, 2);
    const badUrl = await runVeta(['--db', 'mysql://x/y', 'db', 'status']);
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /DB_URL_INVALID/);
  });

  it('refuses to reset without --yes, with a stable code, as JSON when asked', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'veta-cli-'));
    const run = await runVeta(['db', 'reset', '--json'], { VETA_DATA_DIR: dataDir });
    assert.equal(run.code, 2);
    const error = JSON.parse(run.stderr) as { error: { code: string; message: string } };
    assert.equal(error.error.code, 'CONFIRMATION_REQUIRED');
    assert.match(error.error.message, /--yes/);
  });

  it('exits 1 with an actionable message when the server is unreachable', async () => {
    const run = await runVeta(['--db', 'postgres://veta@127.0.0.1:1/nowhere', 'db', 'status']);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /DB_UNREACHABLE: Could not connect to PostgreSQL at postgres:\/\/veta@127\.0\.0\.1:1\/nowhere/,
    );
    assert.match(run.stderr, /Start the server/);
  });

  it('writes JSON logs to --log-file and stays quiet on stderr by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-cli-'));
    const logFile = join(dir, 'logs', 'veta.log');
    const run = await runVeta(['db', 'migrate', '--log-file', logFile], { VETA_DATA_DIR: join(dir, 'data') });
    assert.equal(run.code, 0, run.stderr);
    const entries = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; migration?: string });
    assert.ok(
      entries.some(
        (entry) => entry.msg === 'applying migration' && entry.migration === '0001_provenance.sql',
      ),
    );
    assert.doesNotMatch(run.stderr, /"msg"/);
  });
});

describeEachEngine('veta db', (engine) => {
  it('migrates, then lists every migration as applied', async () => {
    const db = dbArgs(await engine.createTarget());
    const before = await runVeta([...db, 'db', 'status', '--json']);
    assert.equal(before.code, 0, before.stderr);
    const pending = JSON.parse(before.stdout) as { applied: number; pending: number };
    assert.equal(pending.applied, 0);
    assert.ok(pending.pending >= 1);

    const migrate = await runVeta([...db, 'db', 'migrate']);
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, /Applied \d+ migrations? to .*0001_provenance\.sql/);
    assert.match(migrate.stderr, /Migrating: \d+\/\d+ migrations \(100%\)/);

    const after = await runVeta([...db, 'db', 'status', '--json']);
    const status = JSON.parse(after.stdout) as {
      engine: string;
      migrations: { state: string }[];
      pending: number;
    };
    assert.equal(status.engine, engine.engine);
    assert.equal(status.pending, 0);
    assert.ok(status.migrations.every((m) => m.state === 'applied'));

    const again = await runVeta([...db, 'db', 'migrate']);
    assert.match(again.stdout, /is up to date/);
  });

  it('reset --yes drops everything, leaving every migration pending', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'db', 'migrate'])).code, 0);
    const reset = await runVeta([...db, 'db', 'reset', '--yes']);
    assert.equal(reset.code, 0, reset.stderr);
    const status = JSON.parse((await runVeta([...db, 'db', 'status', '--json'])).stdout) as {
      applied: number;
    };
    assert.equal(status.applied, 0);
  });
});
