import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyLine } from './copy-csv.js';
import { describeEachEngine } from '../testing/engines.js';

describe('copyLine', () => {
  it('tells NULL from the empty string and escapes what COPY text reads specially', () => {
    assert.equal(copyLine([null, '', 'a"b\t\\c\r\n', 3, true]), '\\N\t\ta"b\\t\\\\c\\r\\n\t3\tt\n');
    assert.equal(copyLine([{ k: 'say "\\N"\n' }]), '{"k":"say \\\\"\\\\\\\\N\\\\"\\\\n"}\n');
  });
});

const TABLE = `CREATE TABLE lot (
  id integer PRIMARY KEY, name text, note text, fine_g numeric, at timestamptz, doc jsonb, ok boolean)`;
const COLUMNS = ['id', 'name', 'note', 'fine_g', 'at', 'doc', 'ok'];

describeEachEngine('copyRows', (engine) => {
  it('loads values of every kind exactly, NULL and empty strings kept apart', async () => {
    const db = await engine.open();
    await db.exec(TABLE);
    const rows = [
      [
        1,
        'Comercializadora Ñuñoa "El Dorado" S.A.C.',
        null,
        '12.3456789',
        new Date('2024-02-29T10:00:00Z'),
        { k: ['á', 'a \\N "quoted" \\ path\tand tab'] },
        true,
      ],
      [2, '', 'line one\nline two, with comma\tand a tab, \\N and \\ a backslash\r', '0', null, null, false],
    ];
    assert.equal(await db.copyRows('lot', COLUMNS, rows), 2);
    const stored = await db.query('SELECT id, name, note, fine_g, at, doc, ok FROM lot ORDER BY id');
    assert.deepEqual(stored, [
      {
        id: 1,
        name: rows[0]?.[1],
        note: null,
        fine_g: '12.3456789',
        at: new Date('2024-02-29T10:00:00Z'),
        doc: { k: ['á', 'a \\N "quoted" \\ path\tand tab'] },
        ok: true,
      },
      {
        id: 2,
        name: '',
        note: 'line one\nline two, with comma\tand a tab, \\N and \\ a backslash\r',
        fine_g: '0',
        at: null,
        doc: null,
        ok: false,
      },
    ]);
  });

  it('streams many rows from a generator in bounded chunks', async () => {
    const db = await engine.open();
    await db.exec(TABLE);
    function* generate(): Generator<unknown[]> {
      for (let id = 1; id <= 60_000; id++)
        yield [id, `n${id}`, 'x'.repeat(100), String(id / 1000), null, null, null];
    }
    assert.equal(await db.copyRows('lot', COLUMNS, generate()), 60_000);
    assert.deepEqual(await db.query('SELECT count(*)::int AS n, sum(fine_g)::text AS s FROM lot'), [
      { n: 60_000, s: '1800030.000' },
    ]);
  });

  it('is part of the transaction: a later failure removes the copied rows', async () => {
    const db = await engine.open();
    await db.exec(TABLE);
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.copyRows('lot', COLUMNS, [[1, 'a', null, null, null, null, null]]);
        throw new Error('the batch failed later');
      }),
      /failed later/,
    );
    assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM lot'), [{ n: 0 }]);
  });

  it('rejects the whole COPY when one row breaks a constraint', async () => {
    const db = await engine.open();
    await db.exec(TABLE);
    await assert.rejects(
      db.copyRows('lot', COLUMNS, [
        [1, 'a', null, null, null, null, null],
        [1, 'b', null, null, null, null, null],
      ]),
    );
    assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM lot'), [{ n: 0 }]);
  });
});
