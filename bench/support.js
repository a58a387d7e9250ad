// What the benchmarks share: the simulated scenario they run on, a throwaway PostgreSQL database,
// running the real `veta` binary under /usr/bin/time for its peak memory, and the server version
// the results file records.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The value after `--name` on the command line, or the fallback. */
export function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

/** The simulated region (seed 7) at this scale, simulated once and reused by later runs. */
export function scenario(scale) {
  const dir = join(tmpdir(), `veta-bench-${scale}-seed7`);
  if (!existsSync(join(dir, 'truth.json'))) {
    console.log(`Simulating the ${scale} scenario into ${dir} ...`);
    execFileSync(
      process.execPath,
      ['bin/veta.js', 'simulate', '--seed', '7', '--scale', scale, '--out', dir],
      {
        stdio: 'inherit',
      },
    );
  }
  return dir;
}

/** Runs `veta ARGS` and returns its stdout, wall seconds and peak resident memory in MB. */
export function timedVeta(args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'bin/veta.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`veta ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const peakKb = /PEAK_KB=(\d+)/.exec(run.stderr)?.[1];
  return {
    stdout: run.stdout,
    seconds,
    peakMb: peakKb === undefined ? 'n/a' : Math.round(Number(peakKb) / 1024),
  };
}

/** The PostgreSQL server to benchmark on, if one is configured. */
export function serverUrl() {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
}

/** A new empty database on the server, for one benchmark run. */
export async function createDatabase(server) {
  const name = `veta_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(server, url) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}

/** `SHOW server_version` of the PostgreSQL server at `url`, for the results file's machine facts. */
export async function postgresVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ server_version: version }] = (await client.query('SHOW server_version')).rows;
    return version;
  } finally {
    await client.end();
  }
}
