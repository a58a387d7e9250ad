#!/usr/bin/env node
// Entity resolution on simulated regions: for each seed and noise level (`veta simulate --noise`),
// the region is simulated, ingested into a fresh PostgreSQL database, resolved and scored pairwise
// against its truth (persons and organisations together). Prints precision, recall and F1.
// Target (issue 25): F1 0.97 or more with --noise high.
// Usage: npm run bench:resolve-region [-- --seeds 1,7,11 --scale small]; PostgreSQL from
// BENCH_DATABASE_URL or DATABASE_URL (a fresh database per run, dropped afterwards).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argument, createDatabase, dropDatabase, postgresVersion, serverUrl, timedVeta } from './support.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';

const server = serverUrl();
if (!server) {
  console.error('Set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL server.');
  process.exit(1);
}
const seeds = String(argument('seeds', '1,7')).split(',').map(Number);
const scale = argument('scale', 'small');

const rows = [];
for (const seed of seeds)
  for (const noise of ['normal', 'high']) {
    const dir = join(tmpdir(), `veta-bench-resolve-${scale}-seed${seed}-${noise}`);
    if (!existsSync(join(dir, 'truth.json')))
      execFileSync(
        process.execPath,
        ['bin/veta.js', 'simulate', '--seed', String(seed), '--scale', scale, '--noise', noise, '--out', dir],
        { stdio: 'ignore' },
      );
    const url = await createDatabase(server);
    try {
      const db = ['--db', url];
      timedVeta([...db, 'db', 'migrate']);
      timedVeta([...db, 'ingest', dir]);
      const resolved = timedVeta([...db, '--json', 'resolve']);
      const scored = JSON.parse(
        timedVeta([...db, '--json', 'evaluate-resolution', '--truth', join(dir, 'truth.json')]).stdout,
      );
      rows.push({
        seed,
        noise,
        records: scored.records,
        precision: +scored.precision.toFixed(4),
        recall: +scored.recall.toFixed(4),
        f1: +scored.f1.toFixed(4),
        resolveSeconds: +resolved.seconds.toFixed(1),
      });
    } finally {
      await dropDatabase(server, url);
    }
  }
console.log(`\nEntity resolution on simulated ${scale} regions, pairwise over every stored party`);
console.table(rows);
recordResults({
  benchmark: 'resolve-region',
  parameters: { seeds: seeds.join(','), scale },
  postgres: await postgresVersion(server),
  figures: Object.fromEntries(
    rows.flatMap((row) => {
      const run = `seed ${row.seed} ${row.noise} noise`;
      return [
        [`${run} precision`, higher(row.precision, 'pairwise')],
        [`${run} recall`, higher(row.recall, 'pairwise')],
        [`${run} F1`, higher(row.f1, 'pairwise')],
        [`${run} resolve`, lower(row.resolveSeconds, 's')],
      ];
    }),
  ),
});
