import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../ingest/profiles/testing/map-fixture.js';
import { runVeta } from './testing/run-veta.js';

interface Report {
  status: string;
  layout: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejectedByCode: Record<string, number>;
}

describe('veta profiles draft, then ingest --profile DRAFT --dry-run', () => {
  it('drafts a profile for a file of an unknown name, which a dry run then reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-draft-'));
    // A purchases file under a name no layout has, as a new agency would send it.
    const file = join(dir, 'ACME-COMPRAS-2024.csv');
    copyFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv'), file);
    const out = join(dir, 'draft.yaml');
    const drafted = await runVeta(['profiles', 'draft', file, '--type', 'MineralTransaction', '--out', out]);
    assert.equal(drafted.code, 0, drafted.stderr);
    assert.match(drafted.stderr, /Draft ACME-COMPRAS-2024: \d+ record mappings?, \d+ fields?/);
    assert.match(drafted.stderr, /On the 3 sample rows: \d would load, \d would be quarantined/);
    const yaml = readFileSync(out, 'utf8');
    assert.match(yaml, /^id: ACME-COMPRAS-2024$/m);
    assert.match(yaml, /^ {2}- type: MineralTransaction$/m);

    const run = await runVeta([
      '--db',
      `file://${join(dir, 'db')}`,
      'ingest',
      file,
      '--profile',
      out,
      '--dry-run',
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const { files } = JSON.parse(run.stdout) as { files: Report[] };
    const [report] = files;
    assert.equal(report?.status, 'dry-run');
    assert.equal(report.layout, 'ACME-COMPRAS-2024');
    assert.equal(report.rowsRead, 3);
    assert.equal(report.rowsAccepted + report.rowsRejected, 3);
    assert.ok(report.rowsAccepted >= 2, JSON.stringify(report));
  });

  it('says so when --profile names a profile file that is not there', async () => {
    const run = await runVeta([
      'ingest',
      join(FIXTURES_DIR, 'PE-COMPRAS.csv'),
      '--profile',
      'no-such-draft.yaml',
    ]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /PROFILE_NOT_FOUND: No profile file no-such-draft\.yaml/);
  });

  it('rejects a --type that is no record type of the standard', async () => {
    const run = await runVeta([
      'profiles',
      'draft',
      join(FIXTURES_DIR, 'PE-COMPRAS.csv'),
      '--type',
      'Purchase',
    ]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /--type Purchase is not a record type of the standard/);
  });
});
