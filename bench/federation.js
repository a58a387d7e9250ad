#!/usr/bin/env node
// Federation benchmark: the medium region split into its four national nodes, each sharing with the
// hub over NATS JetStream under the example agreements (veta federation up). Target (issue 18):
// sharing runs at no less than half the speed of a plain ingest of the same records, that is the
// records a node sends (and the totals it sends for those it aggregates) per second of share and
// receive, against the rows per second of the nodes' own loads in the same run.
// Usage: npm run bench:federation [-- --scale small|medium] [--transport nats://HOST:PORT|files]
//   PostgreSQL (databases <db>_pe ... <db>_hub) from BENCH_DATABASE_URL or DATABASE_URL, else PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import pg from 'pg';
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
import { HUB_MEMBER, memberDatabase } from '../dist/federation/up/federation-targets.js';
import { REGION_COUNTRIES } from '@veta/standard';

const scale = argument('scale', 'medium');
const transport = argument('transport', 'nats://127.0.0.1:4222');
const TARGET_RATIO = 0.5;
const region = scenario(scale);
const out = mkdtempSync(join(tmpdir(), 'veta-bench-federation-'));
const server = serverUrl();
// Its own streams on the broker, deleted after: runs never read each other's envelopes.
const prefix = `vetabench${Date.now()}`;
process.env.VETA_BROKER_PREFIX = prefix;
const database = server ? await createDatabase(server) : undefined;

let summary;
try {
  console.log(`\nveta federation up on the ${scale} region over ${transport} ...`);
  const run = timedVeta([
    ...(database ? ['--db', database] : []),
    '--json',
    'federation',
    'up',
    '--region',
    region,
    '--dir',
    out,
    '--transport',
    transport,
  ]);
  summary = { ...JSON.parse(run.stdout), seconds: run.seconds, peakMb: run.peakMb };
} finally {
  rmSync(out, { recursive: true, force: true });
  if (transport.startsWith('nats:')) {
    const nc = await connect({ servers: transport });
    const jsm = await nc.jetstreamManager();
    for (const node of ['PE', 'CO', 'EC', 'BO'])
      await jsm.streams.delete(`${prefix}_${node}`.toUpperCase()).catch(() => undefined);
    await nc.close();
  }
  if (database) {
    const base = new URL(database).pathname.slice(1);
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    for (const member of [...REGION_COUNTRIES, HUB_MEMBER])
      await client.query(`DROP DATABASE IF EXISTS "${memberDatabase(base, member)}" WITH (FORCE)`);
    await client.end();
    await dropDatabase(server, database);
  }
}

const rows = summary.nodes.reduce((sum, node) => sum + node.rows, 0);
const ingestSeconds = summary.nodes.reduce((sum, node) => sum + node.seconds.ingest, 0);
const sent = summary.nodes.reduce(
  (sum, node) => sum + node.tallies.reduce((s, tally) => s + tally.sent, 0),
  0,
);
const shareSeconds =
  summary.nodes.reduce((sum, node) => sum + node.seconds.share, 0) + summary.hub.receiveSeconds;
const ingestRate = rows / ingestSeconds;
const shareRate = sent / shareSeconds;
console.table(
  summary.nodes.map((node) => ({
    node: node.node,
    rows: node.rows,
    'ingest s': +node.seconds.ingest.toFixed(1),
    sent: node.tallies.reduce((s, tally) => s + tally.sent, 0),
    envelopes: node.envelopes,
    'share s': +node.seconds.share.toFixed(1),
  })),
);
console.log(
  `Hub: ${summary.hub.received.applied} envelopes applied in ${summary.hub.receiveSeconds.toFixed(1)} s, ${summary.hub.received.refused.length} refused; ${summary.hub.alerts} alerts.`,
);
const ratio = shareRate / ingestRate;
console.log(
  `Ingest ${Math.round(ingestRate)} rows/s; sharing (share + receive) ${Math.round(shareRate)} records/s: ${ratio.toFixed(2)}× ingest.`,
);
console.log(
  `Target: sharing at no less than ${TARGET_RATIO}× the speed of ingest: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}.`,
);
recordResults({
  benchmark: 'federation',
  parameters: {
    scale,
    transport: transport.startsWith('nats:') ? 'nats' : transport,
    engine: database ? 'postgres' : 'pglite',
  },
  postgres: database ? await postgresVersion(server) : null,
  figures: {
    'ingest rate': higher(Math.round(ingestRate), 'rows/s'),
    'sharing rate': higher(Math.round(shareRate), 'records/s'),
    'sharing to ingest': higher(+ratio.toFixed(2), '×'),
    'records sent': higher(sent, 'records'),
    'receive time': lower(+summary.hub.receiveSeconds.toFixed(1), 's'),
    'whole run': lower(+summary.seconds.toFixed(1), 's'),
    'peak memory': lower(summary.peakMb, 'MB'),
  },
});
