#!/usr/bin/env node
// Ingestion benchmark: loads the simulator's medium scenario on embedded PGlite and on PostgreSQL,
// and prints rows per second, peak memory, and the ratio to a raw COPY of the same records. The
// database is created and migrated first, in its own process (setupPeakMb): the ingest is timed alone.
// Targets (issue 5): >= 100k rows/s on PostgreSQL, >= 30k rows/s on PGlite, ratio >= 0.5, < 512 MB.
// The raw COPY goes into unindexed temporary twins of the record tables; the indexed COPY into
// twins with every index, check and generated column of the real ones (not their foreign keys),
// which any load must maintain: its rate over the raw one is about the best ratio an ingest that
// keeps Veta's indexes could reach. The ingest counts file rows, the COPYs records (3% more).
// Usage: npm run bench:ingest [-- --scale small|medium] ; PostgreSQL from BENCH_DATABASE_URL or
// DATABASE_URL (a fresh database is created on that server and dropped afterwards).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../dist/store/engine/open-database.js';
import { RECORD_TABLES } from '../dist/store/records/record-tables.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';
import { postgresVersion } from './support.js';

const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'medium';
const scenario = join(tmpdir(), `veta-bench-${scale}-seed7`);
if (!existsSync(join(scenario, 'truth.json'))) {
  console.log(`Simulating the ${scale} scenario into ${scenario} ...`);
  execFileSync(
    process.execPath,
    ['bin/veta.js', 'simulate', '--seed', '7', '--scale', scale, '--out', scenario],
    {
      stdio: 'inherit',
    },
  );
}

const results = [];
const pgliteDir = mkdtempSync(join(tmpdir(), 'veta-bench-pglite-'));
results.push(await benchEngine('pglite', { engine: 'pglite', dataDir: pgliteDir }, `file://${pgliteDir}`));
rmSync(pgliteDir, { recursive: true, force: true });
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
let postgres = null;
if (serverUrl) {
  const url = await createDatabase(serverUrl);
  results.push(await benchEngine('postgres', { engine: 'postgres', url }, url));
  await dropDatabase(serverUrl, url);
  postgres = await postgresVersion(serverUrl);
} else {
  console.log('No BENCH_DATABASE_URL or DATABASE_URL: PostgreSQL skipped.');
}
console.log(`\nIngestion benchmark, ${scale} scenario`);
console.table(results);
recordResults({
  benchmark: 'ingest',
  parameters: { scale },
  postgres,
  figures: Object.fromEntries(
    results.flatMap((result) => [
      [`${result.engine} rows/s`, higher(result.rowsPerSecond, 'rows/s')],
      [`${result.engine} ingest`, lower(result.seconds, 's')],
      [`${result.engine} peak memory`, lower(result.peakMb, 'MB')],
      [`${result.engine} raw COPY`, higher(result.rawCopyRowsPerSecond, 'rows/s')],
      [`${result.engine} ratio to raw COPY`, higher(result.ratioToCopy, '×')],
      [`${result.engine} indexed COPY`, higher(result.indexedCopyRowsPerSecond, 'rows/s')],
      [`${result.engine} ratio to indexed COPY`, higher(result.ratioToIndexedCopy, '×')],
      [`${result.engine} setup peak memory`, lower(result.setupPeakMb, 'MB')],
    ]),
  ),
});

async function benchEngine(name, target, dbUrl) {
  // Creating the database (PGlite's initdb runs a second WebAssembly instance) and migrating it
  // happen once per installation, not per ingest: measured apart, so they do not hide the ingest.
  console.log(`\n${name}: creating and migrating the database ...`);
  const setup = timedVeta(name, ['--db', dbUrl, 'db', 'migrate']);
  console.log(`${name}: ingesting ${scenario} ...`);
  const ingest = timedVeta(name, ['--db', dbUrl, 'ingest', scenario, '--json']);
  const files = JSON.parse(ingest.stdout).files;
  const rows = files.reduce((sum, file) => sum + file.rowsRead, 0);
  const copyRate = await copyRateInto(target, 'raw');
  const indexedRate = await copyRateInto(target, 'indexed');
  const rate = Math.round(rows / ingest.seconds);
  return {
    engine: name,
    rows,
    seconds: +ingest.seconds.toFixed(1),
    rowsPerSecond: rate,
    peakMb: ingest.peakMb,
    rawCopyRowsPerSecond: copyRate,
    ratioToCopy: +(rate / copyRate).toFixed(2),
    indexedCopyRowsPerSecond: indexedRate,
    ratioToIndexedCopy: +(rate / indexedRate).toFixed(2),
    setupPeakMb: setup.peakMb,
  };
}

// Runs Veta in its own process, as a person would (bin/veta.js itself, so its #! line and heap
// ceiling apply), and measures its time and peak memory.
function timedVeta(name, args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'bin/veta.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`veta ${args.slice(2).join(' ')} failed on ${name}: ${run.stderr.slice(-2000)}`);
  const peakKb = /PEAK_KB=(\d+)/.exec(run.stderr)?.[1];
  const peakMb = peakKb === undefined ? 'n/a' : Math.round(Number(peakKb) / 1024);
  return { stdout: run.stdout, seconds, peakMb };
}

// The same records, already normalised, loaded with nothing but COPY into empty twins of their
// tables: 'raw' twins are temporary and bare; 'indexed' ones are real tables with every index,
// check and generated column of the originals (generated columns are not copied in; LIKE takes no
// foreign keys).
async function copyRateInto(target, kind) {
  const db = await openDatabase(target);
  try {
    let rows = 0;
    let seconds = 0;
    for (const { table } of Object.values(RECORD_TABLES)) {
      const described = await db.query(
        `SELECT column_name AS name, data_type AS type FROM information_schema.columns
         WHERE table_schema = 'veta' AND table_name = $1 AND ($2 = 'raw' OR is_generated = 'NEVER')
         ORDER BY ordinal_position`,
        [table, kind],
      );
      // Arrays travel as PostgreSQL array literals, which is what COPY reads for an array column.
      const select = described.map(({ name, type }) =>
        type === 'ARRAY' ? `"${name}"::text AS "${name}"` : `"${name}"`,
      );
      const records = await db.query(`SELECT ${select.join(', ')} FROM ${table}`);
      if (records.length === 0) continue;
      const columns = described.map(({ name }) => name);
      await db.exec(
        kind === 'raw'
          ? `CREATE TEMP TABLE bench_${table} (LIKE ${table})`
          : `CREATE TABLE bench_${table} (LIKE ${table} INCLUDING ALL)`,
      );
      const started = performance.now();
      // In one transaction, as an ingest commits a file: the commit's flush is part of the cost.
      await db.transaction((tx) =>
        tx.copyRows(
          `bench_${table}`,
          columns,
          records.map((record) => columns.map((column) => record[column])),
        ),
      );
      seconds += (performance.now() - started) / 1000;
      rows += records.length;
      await db.exec(`DROP TABLE bench_${table}`);
    }
    return Math.round(rows / seconds);
  } finally {
    await db.close();
  }
}

async function createDatabase(serverUrl) {
  const name = `veta_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(serverUrl, url) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}
