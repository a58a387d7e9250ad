import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertUnit } from '@veta/standard';
import { MIGRATIONS_DIR } from './migrator/migration-files.js';
import { describeEachEngine } from './testing/engines.js';

const SRC = join(MIGRATIONS_DIR, '..', '..');

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.sql'))
    .map((name) => join(dir, name));
}

describeEachEngine('gold arithmetic in SQL', (engine) => {
  it('counts troy ounces with the factor of the standard’s units, to the seven places it carries', async () => {
    const db = await engine.openMigrated();
    const [row] = await db.query<{ ounces: string }>('SELECT troy_ounces(1)::text AS ounces');
    const standard = convertUnit('1', 'kg', 'ozt');
    assert.ok(standard.ok);
    assert.equal(row?.ounces, Number(standard.value).toFixed(7));
  });

  it('weighs the troy ounce as the standard’s units define it', async () => {
    const db = await engine.openMigrated();
    const [row] = await db.query<{ grams: string }>('SELECT grams_per_troy_ounce()::text AS grams');
    const standard = convertUnit('1', 'ozt', 'g');
    assert.ok(standard.ok);
    assert.equal(row?.grams, standard.value);
  });

  it('prices a declaration in dollars one way, in double precision or in exact decimals', async () => {
    const db = await engine.openMigrated();
    const [row] = await db.query<{ usd: number; local: number; none: number | null; exact: string }>(
      `SELECT transaction_usd('{"price": {"amount": 150, "currency": "USD"}, "exchangeRate": 3}') AS usd,
              transaction_usd('{"price": {"amount": 10000, "currency": "PEN"}, "exchangeRate": 3}') AS local,
              transaction_usd('{"price": {"amount": 10000, "currency": "PEN"}}') AS none,
              price_in_usd(10000::numeric, 'PEN', 3::numeric)::text AS exact`,
    );
    assert.deepEqual(row, { usd: 150, local: 10000 / 3, none: null, exact: '3333.3333333333333333' });
  });

  it('keys an organisation’s registered addresses with its country, and no one else’s', async () => {
    const db = await engine.openMigrated();
    const body = JSON.stringify({
      country: 'PE',
      addresses: [
        { address: ' Av. Lima #123 ', region: 'Lima' },
        { address: 'Jr Cusco 4', type: 'fiscal' },
      ],
    });
    const [row] = await db.query<{ organisation: string[]; person: string[] }>(
      `SELECT registered_address_keys('ORGANISATION', $1::jsonb) AS organisation,
              registered_address_keys('PERSON', $1::jsonb) AS person`,
      [body],
    );
    assert.deepEqual(row, { organisation: ['AV LIMA 123|LIMA|PE'], person: [] });
  });
});

it('spells the troy ounce in one SQL function (and in the applied migration it replaced)', () => {
  const spelled = sqlFiles(SRC)
    .filter((file) => /32\.1507466|31\.1034768/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(SRC, file))
    .sort();
  assert.deepEqual(spelled, [
    join('store', 'migrations', '0009_entity_search.sql'),
    join('store', 'migrations', '0013_gold_arithmetic.sql'),
  ]);
});
