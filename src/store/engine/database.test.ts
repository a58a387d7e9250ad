import { createHash } from 'node:crypto';
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../testing/engines.js';

describeEachEngine('database', (engine) => {
  it('returns the same JavaScript values for the same SQL types on either engine', async () => {
    const db = await engine.open();
    const [row] = await db.query(
      `SELECT 9007199254740991::bigint AS big, 12.3456789012345678::numeric AS fine_kg,
              '2024-05-31T12:00:00Z'::timestamptz AS at, '{"a":[1,"ñ"]}'::jsonb AS doc,
              true AS flag, 'Peña Núñez'::text AS name, ARRAY['AU','AG'] AS metals, 3::integer AS n`,
    );
    assert.deepEqual(row, {
      big: 9007199254740991,
      fine_kg: '12.3456789012345678',
      at: new Date('2024-05-31T12:00:00Z'),
      doc: { a: [1, 'ñ'] },
      flag: true,
      name: 'Peña Núñez',
      metals: ['AU', 'AG'],
      n: 3,
    });
  });

  it('runs a prepared statement as an unprepared one, keeping it planned on PostgreSQL', async () => {
    const db = await engine.open();
    await db.exec('CREATE TABLE t (x integer)');
    await db.query('INSERT INTO t SELECT generate_series(1, 5)');
    const sql = 'SELECT x FROM t WHERE x > $1 ORDER BY x';
    const other = 'SELECT x FROM t WHERE x < $1 ORDER BY x';
    const prepared = { prepare: true };
    await db.transaction(async (tx) => {
      // The same text twice finds its statement; another text, bound differently, never shares it.
      assert.deepEqual(await tx.query(sql, [3], prepared), [{ x: 4 }, { x: 5 }]);
      assert.deepEqual(await tx.query(sql, [4], prepared), [{ x: 5 }]);
      assert.deepEqual(await tx.query(other, [2], prepared), [{ x: 1 }]);
      assert.deepEqual(await tx.query(sql, [4]), await tx.query(sql, [4], prepared));
      const kept = await tx.query<{ statement: string }>(
        'SELECT statement FROM pg_prepared_statements ORDER BY statement',
      );
      const expected = engine.engine === 'postgres' ? [sql, other].sort() : [];
      assert.deepEqual(
        kept.map((row) => row.statement),
        expected,
      );
    });
  });

  it('reads a date as its midnight in UTC whatever the process’s time zone', async () => {
    const db = await engine.open();
    const zone = process.env.TZ;
    // East of UTC, local midnight is the day before in UTC: the day would be printed wrong.
    process.env.TZ = 'Europe/Madrid';
    try {
      const [row] = await db.query<{ day: Date }>(`SELECT '2024-05-31'::date AS day`);
      assert.equal(row?.day.toISOString(), '2024-05-31T00:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses a bigint past 2^53 rather than return a wrong number', async () => {
    const db = await engine.open();
    await assert.rejects(
      db.query('SELECT 9007199254740993::bigint AS big'),
      /exceeds JavaScript's safe range/,
    );
  });

  it('commits a transaction that succeeds and rolls back one that throws', async () => {
    const db = await engine.open();
    await db.exec('CREATE TABLE t (x integer)');
    await db.transaction((tx) => tx.query('INSERT INTO t VALUES (1)'));
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2)');
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(await db.query('SELECT x FROM t ORDER BY x'), [{ x: 1 }]);
  });

  it('rolls back a transaction whose statement fails', async () => {
    const db = await engine.open();
    await db.exec('CREATE TABLE t (x integer NOT NULL)');
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (1)');
        await tx.query('INSERT INTO t VALUES (NULL)');
      }),
    );
    assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM t'), [{ n: 0 }]);
  });

  it('has the extensions both engines share once migrated', async () => {
    const db = await engine.openMigrated();
    const [row] = await db.query<{ folded: string; similar: boolean; digest: string }>(
      `SELECT unaccent('Peña Núñez') AS folded, similarity('QUISPE MAMANI', 'QUISPE MAMANY') > 0.5 AS similar,
              encode(digest('veta', 'sha256'), 'hex') AS digest`,
    );
    assert.ok(row);
    assert.equal(row.folded, 'Pena Nunez');
    assert.equal(row.similar, true);
    assert.equal(row.digest, createHash('sha256').update('veta').digest('hex'));
  });
});
