#!/usr/bin/env node
// Entity-profile benchmark: GET /api/entities/:id under 50 concurrent clients for 20 s on a loaded
// PostgreSQL database (a simulated scenario ingested, resolved and detected), once for a regional
// user and once for a Peruvian analyst. Entities are drawn at random, a tenth of them among the
// busiest traders. Prints latency percentiles and throughput. Target (issue 9): p95 under 150 ms.
// Usage: node bench/entity-profile.js --db postgres://…/veta_medium [--connections 50 --seconds 20]
// The database must have been migrated by this version (`veta db migrate`).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { openDatabase } from '../dist/store/engine/open-database.js';
import { createSignedInUser } from '../dist/api/testing/signed-in.js';
import { argument, postgresVersion } from './support.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';

const url = argument('db', process.env.BENCH_DATABASE_URL);
if (!url) {
  console.error('Give the loaded database: --db postgres://… (or BENCH_DATABASE_URL).');
  process.exit(1);
}
const connections = Number(argument('connections', 50));
const seconds = Number(argument('seconds', 20));

const db = await openDatabase({ engine: 'postgres', url });
const ordinary = await db.query(`SELECT id FROM entity ORDER BY md5(id) LIMIT 900`);
const busiest = await db.query(
  `SELECT m.entity_id AS id FROM mineral_transaction t JOIN entity_member m ON m.record_id = t.buyer
   GROUP BY 1 ORDER BY count(*) DESC LIMIT 100`,
);
const peruvian = await db.query(
  `SELECT DISTINCT m.entity_id AS id FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
   WHERE p.country = 'PE' ORDER BY 1 LIMIT 1000`,
);
const region = await createSignedInUser(db, { role: 'analyst', countries: 'ALL' });
const peru = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
await db.close();

const server = spawn(process.execPath, ['bench/api-server.js', url], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve) => {
  server.stdout.on('data', (chunk) => {
    const found = /PORT=(\d+)/.exec(String(chunk));
    if (found) resolve(Number(found[1]));
  });
});

/** The value below which `share` of the sorted values lie. */
const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];

async function load(label, headers, ids) {
  let next = 0;
  const times = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          next = (next + 1) % ids.length;
          return { ...request, path: `/api/entities/${ids[next]}` };
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, milliseconds) => times.push(milliseconds));
  const result = await instance;
  times.sort((a, b) => a - b);
  const ms = (share) => percentile(times, share).toFixed(0);
  figures[`${label} req/s`] = higher(Math.round(result.requests.average), 'req/s');
  for (const [name, share] of [
    ['p50', 0.5],
    ['p95', 0.95],
    ['p99', 0.99],
    ['max', 1],
  ])
    figures[`${label} ${name}`] = lower(+percentile(times, share).toFixed(1), 'ms');
  figures[`${label} non-2xx`] = lower(result.non2xx, 'responses');
  figures[`${label} errors`] = lower(result.errors, 'errors');
  console.log(
    `${label}: ${result.requests.total} requests, ${result.requests.average.toFixed(0)}/s, ` +
      `latency p50 ${ms(0.5)} ms, p95 ${ms(0.95)} ms, p99 ${ms(0.99)} ms, max ${ms(1)} ms; ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
}

const figures = {};
try {
  const mixed = [...ordinary, ...busiest].map((row) => row.id);
  await load('regional analyst', region.headers, mixed);
  await load(
    'Peruvian analyst',
    peru.headers,
    peruvian.map((row) => row.id),
  );
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
}
recordResults({
  benchmark: 'entity-profile',
  parameters: { connections, seconds },
  postgres: await postgresVersion(url),
  figures,
});
