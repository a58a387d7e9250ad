import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('reads a full-name column in the order the given names of the persons already loaded tell, with --names-from-db', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-draft-names-'));
    const db = `file://${join(dir, 'db')}`;
    // Beneficial owners whose given names are in a column of their own: ROSA ELENA, CARLOS ANDRÉS, PEDRO.
    const owners = await runVeta(['--db', db, 'ingest', join(FIXTURES_DIR, 'PE-BENEFICIARIO-FINAL.csv')]);
    assert.equal(owners.code, 0, owners.stderr);
    // A register whose representatives are written given names first, where SUNAT's padrón, the
    // Peruvian layout with the same columns, writes surnames first.
    const file = join(dir, 'PE-SUNARP-2024.csv');
    writeFileSync(
      file,
      [
        'RUC;RAZON_SOCIAL;ESTADO;FECHA_INSCRIPCION;REPRESENTANTE_TIPO_DOC;REPRESENTANTE_NUM_DOC;REPRESENTANTE_NOMBRE',
        '20603124589;AURUM EXPORT S.A.C.;ACTIVO;02/05/2018;DNI;41234567;CARLOS ANDRÉS VARGAS LÓPEZ',
        '20131312955;MINERA DEL SUR S.A.;ACTIVO;14/03/2001;DNI;43215678;ROSA ELENA QUISPE HUAMÁN',
        '20600452135;ORO FINO E.I.R.L.;ACTIVO;20/11/2015;DNI;40000001;PEDRO TORRES MAMANI',
      ].join('\n'),
      'utf8',
    );
    const orderOf = (yaml: string): string | undefined => /personName: \{[^\n]*order: (\w+)/.exec(yaml)?.[1];
    const draft = async (...extra: string[]): Promise<{ yaml: string; stderr: string }> => {
      const out = join(dir, `draft${String(extra.length)}.yaml`);
      const run = await runVeta([
        '--db',
        db,
        'profiles',
        'draft',
        file,
        '--type',
        'Registration',
        '--out',
        out,
        ...extra,
      ]);
      assert.equal(run.code, 0, run.stderr);
      return { yaml: readFileSync(out, 'utf8'), stderr: run.stderr };
    };
    assert.equal(orderOf((await draft()).yaml), 'SURNAMES_FIRST');
    const told = await draft('--names-from-db');
    assert.equal(orderOf(told.yaml), 'GIVEN_FIRST');
    assert.match(told.stderr, /3 of 3 names in REPRESENTANTE_NOMBRE have given names Veta knows/);
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
