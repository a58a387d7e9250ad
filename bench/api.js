#!/usr/bin/env node
// API benchmark (issue 9): `veta serve` on PostgreSQL holding the medium scenario, loaded by
// autocannon with 50 concurrent clients on the alert list and the entity profile. Prints requests
// per second and the 50th, 95th and 99th percentile latency of each; target (issue 29): p95 under
// 100 ms on a 2-core machine, with 50 ms the goal.
// Usage: npm run bench:api [-- --pg URL] [--connections 50] [--seconds 20]
//   --pg reuses a database that already holds the medium scenario ingested, resolved, detected and
//   scored; otherwise one is built first (several minutes) on BENCH_DATABASE_URL or DATABASE_URL.
// The server runs in its own process, so the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import {
  argument,
  createDatabase,
  dropDatabase,
  postgresVersion,
  scenario,
  serverUrl,
  timedVeta,
} from './support.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';
import { openDatabase } from '../dist/store/engine/open-database.js';
import { resolveDatabaseTarget } from '../dist/store/engine/database-target.js';
import { userRepository } from '../dist/store/users/user-repository.js';
import { newApiToken } from '../dist/access/secrets.js';
import { NO_PASSWORD } from '../dist/access/passwords.js';

const TARGET_P95_MS = 100;
const connections = Number(argument('connections', '50'));
const seconds = Number(argument('seconds', '20'));

const server = serverUrl();
let url = argument('pg');
let created = false;
if (!url) {
  if (!server) {
    console.error('bench:api needs PostgreSQL: give --pg URL, BENCH_DATABASE_URL or DATABASE_URL.');
    process.exit(1);
  }
  url = await createDatabase(server);
  created = true;
  const dir = scenario('medium');
  for (const step of [['ingest', dir], ['resolve'], ['detect'], ['score']]) {
    const run = timedVeta(['--db', url, ...step]);
    console.log(`veta ${step[0]}: ${run.seconds.toFixed(1)} s, ${run.peakMb} MB`);
  }
}

const { authorization, entityIds, alertCount } = await prepare(url);
const child = spawn(process.execPath, ['bin/veta.js', '--db', url, 'serve', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await serving(child);
console.log(`Serving at ${base}; ${alertCount} alerts, ${entityIds.length} entity profiles in rotation.`);

const results = [];
try {
  results.push(
    await load('alert list', [
      `/api/alerts?limit=50&sort=-score`,
      `/api/alerts?limit=50&status=open&sort=-severity`,
    ]),
  );
  results.push(
    await load(
      'entity profile',
      entityIds.map((id) => `/api/entities/${encodeURIComponent(id)}`),
    ),
  );
} finally {
  child.kill('SIGTERM');
  await once(child, 'exit');
  if (created) await dropDatabase(server, url);
}

console.log(
  `\nAPI benchmark, medium scenario, ${connections} concurrent clients, ${seconds} s per route (PostgreSQL)`,
);
console.table(
  Object.fromEntries(
    results.map((result) => [
      result.name,
      {
        requests: result.requests,
        'req/s': Math.round(result.requests / seconds),
        'p50 ms': result.p50,
        'p95 ms': result.p95,
        'p99 ms': result.p99,
        'non-2xx': result.failures,
        [`p95 < ${TARGET_P95_MS} ms`]: result.p95 < TARGET_P95_MS ? 'yes' : 'NO',
      },
    ]),
  ),
);
recordResults({
  benchmark: 'api',
  // A database given with --pg holds what it holds: its figures are their own series.
  parameters: { connections, seconds, givenDatabase: !created },
  postgres: await postgresVersion(created ? server : url),
  figures: Object.fromEntries(
    results.flatMap((result) => [
      [`${result.name} req/s`, higher(Math.round(result.requests / seconds), 'req/s')],
      [`${result.name} p50`, lower(result.p50, 'ms')],
      [`${result.name} p95`, lower(result.p95, 'ms')],
      [`${result.name} p99`, lower(result.p99, 'ms')],
      [`${result.name} non-2xx`, lower(result.failures, 'responses')],
    ]),
  ),
});
if (results.some((result) => result.failures > 0)) process.exitCode = 1;

/** A regional admin's API token, and the entities to rotate through (a sample across sizes). */
async function prepare(databaseUrl) {
  const db = await openDatabase(resolveDatabaseTarget(databaseUrl, process.env));
  try {
    const user = await userRepository.create(db, {
      username: `bench-${Date.now()}`,
      displayName: 'API benchmark',
      passwordHash: NO_PASSWORD,
      role: 'analyst',
      countries: null,
      agency: null,
    });
    const token = newApiToken();
    await userRepository.createToken(db, { userId: user.id, name: 'bench:api', sha256: token.sha256 });
    const entities = await db.query('SELECT id FROM entity ORDER BY md5(id) LIMIT 500');
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM alert');
    if (entities.length === 0)
      throw new Error('The database has no resolved entities: run veta resolve on it first.');
    return {
      authorization: `Bearer ${token.value}`,
      entityIds: entities.map((row) => row.id),
      alertCount: count,
    };
  } finally {
    await db.close();
  }
}

/** The address `veta serve` prints once it listens; its later output is drained, not read. */
function serving(process_) {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /serving at (http:\/\/[^\s]+?)\.?(?:\s|$)/.exec(output);
      if (match) {
        process_.stdout.off('data', onData);
        process_.stdout.resume();
        resolve(match[1]);
      }
    };
    process_.stdout.on('data', onData);
    process_.once('exit', () => reject(new Error(`veta serve stopped before listening: ${output}`)));
  });
}

/** Loads one route with autocannon, rotating through its paths; latencies from every response. */
async function load(name, paths) {
  let next = 0;
  const latencies = [];
  let failures = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) failures += 1;
  });
  await instance;
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    +(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN).toFixed(1);
  return { name, requests: latencies.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}
