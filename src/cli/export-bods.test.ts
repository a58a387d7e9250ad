import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS } from '../detect/testing/load-layout.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

interface Statement {
  statementId: string;
  recordId: string;
  recordType: string;
  declarationSubject: string;
  recordDetails: {
    subject?: string;
    interestedParty?: string;
    interests?: { type: string; details?: string; share?: { exact: number } }[];
    names?: { fullName: string }[];
    birthDate?: string;
    identifiers?: { id: string; scheme: string }[];
  };
  publicationDetails: { bodsVersion: string };
}

describeEachEngine('veta export bods', (engine) => {
  it('writes owners, officers and companies as BODS 0.4 statements, each record before any statement naming it', async () => {
    const db = dbArgs(await engine.createTarget());
    const dir = mkdtempSync(join(tmpdir(), 'veta-bods-'));
    const write = (layout: keyof typeof HEADERS, lines: string[]): string => {
      const path = join(dir, `${layout}.csv`);
      writeFileSync(path, `\uFEFF${[HEADERS[layout], ...lines].join('\r\n')}\r\n`);
      return path;
    };
    const files = [
      write('PE-PADRON-RUC', [
        '20446685032;ORO DEL SUR S.A.C.;SOCIEDAD ANONIMA;ACTIVO;HABIDO;18/02/2021;4662;JR. AYACUCHO 642;AREQUIPA;DNI;69143415;COLQUE MEJÍA MARTHA PATRICIA',
      ]),
      write('PE-BENEFICIARIO-FINAL', [
        '20446685032;DNI;69143415;COLQUE;MEJÍA;MARTHA PATRICIA;PE;11/07/1985;PROPIEDAD;65;;23/06/2021',
      ]),
    ];
    for (const file of files) assert.equal((await runVeta([...db, 'ingest', file])).code, 0);
    const out = join(dir, 'bods.json');
    const run = await runVeta([...db, 'export', 'bods', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Wrote 2 parties and 2 relationships as BODS 0\.4 statements/);

    const statements = JSON.parse(readFileSync(out, 'utf8')) as Statement[];
    const known = new Set<string>();
    for (const statement of statements) {
      assert.equal(statement.publicationDetails.bodsVersion, '0.4');
      assert.equal(statement.statementId.length, 64);
      if (statement.recordType === 'relationship') {
        assert.ok(known.has(statement.recordDetails.subject ?? ''), 'subject stated first');
        assert.ok(known.has(statement.recordDetails.interestedParty ?? ''), 'interested party stated first');
      }
      known.add(statement.recordId);
    }
    const person = statements.find((statement) => statement.recordType === 'person');
    assert.equal(person?.recordDetails.birthDate, '1985-07-11');
    assert.deepEqual(person?.recordDetails.identifiers, [
      { id: '69143415', scheme: 'PE-DNI', schemeName: 'DNI (PE)' },
    ]);
    const interests = statements
      .filter((statement) => statement.recordType === 'relationship')
      .flatMap((statement) => statement.recordDetails.interests ?? [])
      .map((interest) => [interest.type, interest.share?.exact ?? null]);
    assert.deepEqual(interests.sort(), [
      ['seniorManagingOfficial', null],
      ['shareholding', 65],
    ]);
  });
});
