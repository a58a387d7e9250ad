import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION_COUNTRIES } from '@veta/standard';
import { comprasLine, writeComprasFile } from '../ingest/testing/compras-file.js';
import type { DatabaseTarget } from '../store/engine/database-target.js';
import { openDatabase } from '../store/engine/open-database.js';
import { reconciliationQueries } from '../store/reconciliation/reconciliation-queries.js';
import { recordRepository } from '../store/records/record-repository.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

interface Report {
  file: string;
  status: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  recordsByType: Record<string, number>;
}

const MIRROR_SAMPLE = fileURLToPath(
  new URL('../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);
const scenario = join(mkdtempSync(join(tmpdir(), 'veta-cli-ingest-')), 'region');
let simulated: { totalRows: number; files: { path: string; rows: number }[] };

before(async () => {
  const run = await runVeta(['simulate', '--seed', '3', '--scale', 'small', '--out', scenario, '--json']);
  assert.equal(run.code, 0, run.stderr);
  simulated = JSON.parse(run.stdout) as typeof simulated;
});

describe('veta profiles', () => {
  it('lists a profile for every layout, with the records it makes', async () => {
    const run = await runVeta(['profiles', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const { profiles } = JSON.parse(run.stdout) as { profiles: { id: string; records: string[] }[] };
    assert.ok(profiles.length >= 29);
    assert.deepEqual(profiles.find((profile) => profile.id === 'PE-COMPRAS')?.records, [
      'MineralTransaction',
      'Party',
    ]);
  });
});

describeEachEngine('veta ingest', (engine) => {
  // The region loaded by the first test, which the reconciliation test reads rather than load it again.
  let region: DatabaseTarget | undefined;

  it('loads the simulated region with every row accounted for, then skips it the second time', async () => {
    region = await engine.createTarget();
    const db = dbArgs(region);
    const run = await runVeta([...db, 'ingest', scenario, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const { files } = JSON.parse(run.stdout) as { files: Report[] };
    assert.equal(files.length, simulated.files.length);
    for (const report of files) {
      assert.equal(report.status, 'loaded', report.file);
      assert.equal(report.rowsAccepted + report.rowsRejected, report.rowsRead, report.file);
      const written = simulated.files.find((file) => file.path.endsWith(report.file));
      assert.equal(report.rowsRead, written?.rows, report.file);
    }
    const again = JSON.parse((await runVeta([...db, 'ingest', scenario, '--json'])).stdout) as {
      files: Report[];
    };
    assert.ok(again.files.every((report) => report.status === 'skipped'));
  });

  it('balances purchases and exports for every country of the region, and production where it is declared', async () => {
    assert.ok(region, 'the region was loaded');
    const store = await openDatabase(region);
    try {
      const rows = await reconciliationQueries.balance(store, { countries: 'ALL', agency: null }, {});
      const fineKg = (country: string, flow: string): number =>
        rows
          .filter((row) => row.country === country && row.flow === flow)
          .reduce((sum, row) => sum + (row.fineKg ?? 0), 0);
      for (const country of REGION_COUNTRIES) {
        for (const flow of ['purchases', 'exports']) {
          assert.ok(fineKg(country, flow) > 0, `${country} ${flow}: ${fineKg(country, flow)} fine kg`);
        }
      }
      // Bolivia has no production declaration among its layouts: its output is known only from
      // SENARECOM's trade forms, so its balance has no production line.
      for (const country of ['PE', 'CO', 'EC']) {
        assert.ok(
          fineKg(country, 'production') > 0,
          `${country} production: ${fineKg(country, 'production')}`,
        );
      }
      assert.equal(fineKg('BO', 'production'), 0);
    } finally {
      await store.close();
    }
  });

  it('loads the real IMF DOTS mirror-statistics sample, every row accounted for', async () => {
    const db = dbArgs(await engine.createTarget());
    const run = await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', MIRROR_SAMPLE, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const [report] = (JSON.parse(run.stdout) as { files: Report[] }).files;
    assert.equal(report?.rowsRead, 1212);
    assert.equal(report.rowsAccepted, 1212, 'every partner of the sample is a country the standard knows');
    assert.ok((report.recordsByType.TradeStatistic ?? 0) >= report.rowsAccepted);
  });

  it('restores an earlier version sent again with --force, and names --force when it skips it', async () => {
    const target = await engine.createTarget();
    const db = dbArgs(target);
    const v1 = writeComprasFile([comprasLine('F001-1', 100)]);
    for (const path of [v1, writeComprasFile([comprasLine('F001-1', 90)])]) {
      const run = await runVeta([...db, 'ingest', path]);
      assert.equal(run.code, 0, run.stderr);
    }
    const skipped = await runVeta([...db, 'ingest', v1]);
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.match(
      skipped.stdout,
      /already loaded as batch \d+ on [\d-]+: nothing to do\. .*"veta ingest --force"/,
    );
    const forced = await runVeta([...db, 'ingest', '--force', v1, '--json']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal((JSON.parse(forced.stdout) as { files: Report[] }).files[0]?.status, 'loaded');
    const store = await openDatabase(target);
    try {
      const purchases = await recordRepository.list(store, 'MineralTransaction', 'PE-COMPRAS');
      assert.deepEqual(
        purchases.map((record) => record.body.fineMassKg),
        [0.1],
        "v1's data is back",
      );
    } finally {
      await store.close();
    }
  });

  it('refuses a path that does not exist, exiting 2', async () => {
    const db = dbArgs(await engine.createTarget());
    const run = await runVeta([...db, 'ingest', join(scenario, 'does-not-exist.csv')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /PATH_NOT_FOUND: .*does-not-exist\.csv does not exist/);
  });
});
