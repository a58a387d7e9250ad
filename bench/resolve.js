#!/usr/bin/env node
// Entity-resolution benchmark: a synthetic population of party records (bench/resolve-population.js)
// is loaded into a fresh PostgreSQL database, resolved in full by `veta resolve`, then a batch of new
// records is resolved incrementally by `veta resolve --incremental`. Prints time, peak memory and
// pairwise precision, recall and F1 against the population's truth.
// Targets (issue 8): 1M records in under 5 minutes and 4 GB; a 10k batch in under 30 s.
// Usage: npm run bench:resolve [-- --records 1000000 --batch 10000 --keep]; PostgreSQL from
// BENCH_DATABASE_URL or DATABASE_URL (a fresh database is created there and dropped afterwards).
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { openDatabase } from '../dist/store/engine/open-database.js';
import { loadMigrations } from '../dist/store/migrator/migration-files.js';
import { migrate } from '../dist/store/migrator/migrator.js';
import { textArrayLiteral } from '../dist/store/entities/entity-repository.js';
import { pairwiseScores } from '../dist/resolve/pairwise-scores.js';
import { makeEntities, noisyRecord, randomSource } from './resolve-population.js';
import { postgresVersion } from './support.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';

const argument = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const recordCount = argument('--records', 1_000_000);
const batchCount = argument('--batch', 10_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('Set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL server.');
  process.exit(1);
}

const LAYOUTS = [
  'BENCH-PADRON',
  'BENCH-CATASTRO',
  'BENCH-COMPRAS',
  'BENCH-TITULOS',
  'BENCH-RUES',
  'BENCH-SENARECOM',
];
const url = await createDatabase(serverUrl);
try {
  const random = randomSource(8);
  // About 1.6 records per entity: the entity count is set so that the records reach the target.
  const entities = makeEntities(random, Math.round(recordCount / 1.6));
  const db = await openDatabase({ engine: 'postgres', url });
  await migrate(db, await loadMigrations());
  console.log(`Loading ${recordCount.toLocaleString()} party records ...`);
  await load(
    db,
    LAYOUTS,
    recordCount,
    () => {
      const entity = entities[random.int(0, entities.length - 1)];
      return entity;
    },
    random,
  );
  const full = run(['resolve'], 'full');
  console.log(`Adding a batch of ${batchCount.toLocaleString()} records (half of known entities) ...`);
  const fresh = makeEntities(randomSource(9), Math.ceil(batchCount / 2)).map((entity) => ({
    ...entity,
    id: `N${entity.id}`,
  }));
  await load(
    db,
    ['BENCH-NUEVO'],
    batchCount,
    () =>
      random.chance(0.5)
        ? entities[random.int(0, entities.length - 1)]
        : fresh[random.int(0, fresh.length - 1)],
    random,
  );
  const incremental = run(['resolve', '--incremental'], 'incremental');
  const scores = await score(db);
  await db.close();
  console.log(
    `\nResolution benchmark, ${recordCount.toLocaleString()} records + a batch of ${batchCount.toLocaleString()}`,
  );
  console.table([full, incremental]);
  console.log(
    `pairwise precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}, F1 ${scores.f1.toFixed(4)} over ${scores.records.toLocaleString()} records`,
  );
  recordResults({
    benchmark: 'resolve',
    parameters: { records: recordCount, batch: batchCount },
    postgres: await postgresVersion(serverUrl),
    figures: {
      ...Object.fromEntries(
        [full, incremental].flatMap((result) => [
          [`${result.run} resolve`, lower(result.seconds, 's')],
          [`${result.run} resolve CPU`, lower(result.cpuSeconds, 's')],
          [`${result.run} peak memory`, lower(result.peakMb, 'MB')],
        ]),
      ),
      precision: higher(scores.precision, 'pairwise'),
      recall: higher(scores.recall, 'pairwise'),
      F1: higher(scores.f1, 'pairwise'),
    },
  });
} finally {
  if (process.argv.includes('--keep')) console.log(`Database kept: ${url}`);
  else await dropDatabase(serverUrl, url);
}

async function load(db, layouts, count, entityOf, random) {
  const [file] = await db.query(
    `INSERT INTO source_file (name, size_bytes, sha256, layout) VALUES ($1, 0, $2, $3) RETURNING id`,
    [`${layouts[0]}.csv`, Math.random().toString(16).slice(2).padEnd(64, '0').slice(0, 64), layouts[0]],
  );
  const [batch] = await db.query(
    `INSERT INTO ingest_batch (source_file_id, layout, status, finished_at) VALUES ($1, $2, 'succeeded', now()) RETURNING id`,
    [file.id, layouts[0]],
  );
  const [{ start }] = await db.query(`SELECT count(*)::int AS start FROM party`);
  function* rows() {
    for (let i = 0; i < count; i++) {
      const layout = layouts[i % layouts.length];
      const entity = entityOf();
      const body = noisyRecord(random, entity, layouts.indexOf(layout) % 2 === 0);
      const id = `BENCH:${start + i}`;
      yield [
        id,
        layout,
        body.country,
        file.id,
        batch.id,
        i + 2,
        { ...body, id },
        [],
        { TRUE_ENTITY: entity.id },
        body.kind,
        body.name,
        textArrayLiteral(body.identifiers),
      ];
    }
  }
  await db.copyRows(
    'party',
    [
      'id',
      'layout',
      'country',
      'source_file_id',
      'batch_id',
      'row_number',
      'body',
      'flags',
      'raw',
      'kind',
      'name',
      'identifiers',
    ],
    rows(),
  );
  await db.exec('ANALYZE party');
}

function run(args, label) {
  console.log(`veta ${args.join(' ')} ...`);
  const started = performance.now();
  const child = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'PEAK_KB=%M CPU_S=%U+%S',
      process.execPath,
      '--max-old-space-size=3584',
      'bin/veta.js',
      '--db',
      url,
      '--json',
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`veta ${args.join(' ')} failed: ${child.stderr.slice(-2000)}`);
  const summary = JSON.parse(child.stdout);
  const peakKb = /PEAK_KB=(\d+)/.exec(child.stderr)?.[1];
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(child.stderr);
  return {
    run: label,
    records: summary.records,
    candidatePairs: summary.candidatePairs,
    entities: summary.entities,
    seconds: +seconds.toFixed(1),
    // CPU time of the Veta process (database work excluded): what the wall time would be on an idle core.
    cpuSeconds: cpu ? +(Number(cpu[1]) + Number(cpu[2])).toFixed(1) : 'n/a',
    peakMb: peakKb === undefined ? 'n/a' : Math.round(Number(peakKb) / 1024),
  };
}

async function score(db) {
  const predicted = [];
  const expected = [];
  let after = '';
  for (;;) {
    const rows = await db.query(
      `SELECT m.record_key, m.entity_id, p.raw->>'TRUE_ENTITY' AS truth FROM entity_member m
       JOIN party p ON p.layout = m.layout AND p.id = m.record_id
       WHERE m.record_key > $1 ORDER BY m.record_key LIMIT 100000`,
      [after],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      predicted.push(row.entity_id);
      expected.push(row.truth);
    }
    after = rows[rows.length - 1].record_key;
  }
  return pairwiseScores(predicted, expected);
}

async function createDatabase(server) {
  const name = `veta_bench_resolve_${Date.now()}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const target = new URL(server);
  target.pathname = `/${name}`;
  return target.toString();
}

async function dropDatabase(server, target) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(target).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}
