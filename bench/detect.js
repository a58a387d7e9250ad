#!/usr/bin/env node
// Detection benchmark: runs the whole typology catalogue over the simulator's medium scenario on
// PostgreSQL and on embedded PGlite, and prints each detector's time, the total, peak memory and
// the evaluation against the planted schemes. Target (issue 6): the whole catalogue under 60 s on
// PostgreSQL.
// Usage: npm run bench:detect [-- --scale small|medium] [--scenario DIR] [--pg URL] [--pglite DIR]
//   --pg / --pglite reuse a database that already holds the scenario (loading medium takes minutes),
//   --scenario names the simulated folder it was loaded from (its truth.json scores the alerts);
//   otherwise the scenario is simulated (seed 7) and ingested into fresh databases first.
//   PostgreSQL comes from --pg, BENCH_DATABASE_URL or DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const scale = argument('scale', 'medium');
const TARGET_SECONDS = 60;
const dir = argument('scenario') ?? scenario(scale);
const results = [];

const givenPg = argument('pg');
const server = serverUrl();
if (givenPg) results.push(bench('postgres', givenPg, false));
else if (server) {
  const url = await createDatabase(server);
  results.push(bench('postgres', url, true));
  await dropDatabase(server, url);
} else console.log('No --pg, BENCH_DATABASE_URL or DATABASE_URL: PostgreSQL skipped.');

const givenPglite = argument('pglite');
if (givenPglite) results.push(bench('pglite', `file://${givenPglite}`, false));
else {
  const data = mkdtempSync(join(tmpdir(), 'veta-bench-pglite-'));
  results.push(bench('pglite', `file://${data}`, true));
  rmSync(data, { recursive: true, force: true });
}

const codes = [...new Set(results.flatMap((result) => result.detectors.map((run) => run.code)))];
console.log(`\nDetection benchmark, ${scale} scenario (${dir})`);
console.table(
  Object.fromEntries(
    codes.map((code) => [
      code,
      Object.fromEntries(
        results.map((result) => [
          `${result.engine} s`,
          +((result.detectors.find((run) => run.code === code)?.durationMs ?? NaN) / 1000).toFixed(2),
        ]),
      ),
    ]),
  ),
);
console.table(
  results.map(({ engine, alerts, seconds, peakMb, found, planted, unmatchedShare }) => ({
    engine,
    alerts,
    seconds: +seconds.toFixed(1),
    peakMb,
    found: `${found}/${planted}`,
    unmatched: `${(unmatchedShare * 100).toFixed(1)} %`,
  })),
);
const pgRun = results.find((result) => result.engine === 'postgres');
if (pgRun) {
  const met = pgRun.seconds < TARGET_SECONDS;
  console.log(
    `Target: whole catalogue under ${TARGET_SECONDS} s on PostgreSQL: ${met ? 'met' : 'NOT met'} (${pgRun.seconds.toFixed(1)} s).`,
  );
}
recordResults({
  benchmark: 'detect',
  // A given scenario folder or database holds what it holds: its figures are its own series.
  parameters: {
    scale,
    scenario: argument('scenario') ?? 'simulated',
    givenDatabase: Boolean(givenPg || givenPglite),
  },
  postgres: pgRun ? await postgresVersion(givenPg ?? server) : null,
  figures: Object.fromEntries(
    results.flatMap((result) => [
      [`${result.engine} catalogue`, lower(result.seconds, 's')],
      [`${result.engine} peak memory`, lower(result.peakMb, 'MB')],
      [`${result.engine} schemes found`, higher(result.found, `of ${result.planted}`)],
      [`${result.engine} unmatched alerts`, lower(+(result.unmatchedShare * 100).toFixed(1), '%')],
      ...result.detectors.map((run) => [`${result.engine} ${run.code}`, lower(run.durationMs / 1000, 's')]),
    ]),
  ),
});

function bench(engine, db, load) {
  if (load) {
    console.log(`\n${engine}: ingesting ${dir} ...`);
    timedVeta(['--db', db, 'ingest', dir, '--json']);
  }
  console.log(`\n${engine}: detecting ...`);
  const detect = timedVeta(['--db', db, 'detect', '--json']);
  const detectors = JSON.parse(detect.stdout).detectors;
  const evaluation = JSON.parse(
    timedVeta([
      '--db',
      db,
      'evaluate',
      '--truth',
      join(dir, 'truth.json'),
      '--out',
      join(tmpdir(), `veta-bench-evaluation-${engine}.json`),
      '--json',
    ]).stdout,
  );
  const { planted, found, alerts, unmatched } = evaluation.totals;
  return {
    engine,
    detectors,
    alerts,
    seconds: detect.seconds,
    peakMb: detect.peakMb,
    planted,
    found,
    unmatchedShare: alerts === 0 ? 0 : unmatched / alerts,
  };
}
