import { it } from 'node:test';
import assert from 'node:assert/strict';
import { loadLayoutFile } from '../../detect/testing/load-layout.js';
import { describeEachEngine } from '../../store/testing/engines.js';

const HEADER =
  'RECORD_ID,SOURCE,COUNTRY,KIND,FULL_NAME,GIVEN_NAMES,SURNAMES,BIRTH_DATE,ID_SCHEME,ID_NUMBER,ADDRESS,LOCALITY,POSTCODE,REGION';

describeEachEngine('an optional field dropped at ingestion', (engine) => {
  it('stores the person without the impossible birth date, its flag beside the raw row', async () => {
    const db = await engine.openMigrated();
    // loadLayoutFile fails on any rejected row: the person whose birth date is impossible loads.
    await loadLayoutFile(
      db,
      'PARTY-RECORDS.csv',
      `${HEADER}\nP-001,UIF-PE PEP,PE,PERSON,Rosa Elena Quispe Mamani,,,1915-13-45,DNI,41234567,,,,\n`,
    );
    const [party] = await db.query<{ body: Record<string, unknown>; flags: unknown; raw: unknown }>(
      `SELECT body, flags, raw FROM party WHERE id = 'PARTY:UIF-PE PEP:P-001'`,
    );
    assert.ok(party, 'the person loads');
    assert.equal(party.body.name, 'Rosa Elena Quispe Mamani');
    assert.deepEqual(party.body.identifiers, ['PE:DNI:41234567']);
    assert.equal(party.body.birthDate, undefined);
    const [flag] = party.flags as { code: string; field: string; message: string }[];
    assert.deepEqual([flag?.code, flag?.field], ['OPTIONAL_FIELD_DROPPED', 'BIRTH_DATE']);
    assert.match(flag?.message ?? '', /"1915-13-45".*\(DATE_INVALID\)/);
    assert.equal((party.raw as Record<string, string>).BIRTH_DATE, '1915-13-45');
    const [batch] = await db.query<{ report: { flagsByCode: Record<string, number> } }>(
      'SELECT report FROM ingest_batch',
    );
    assert.deepEqual(batch?.report.flagsByCode, { OPTIONAL_FIELD_DROPPED: 1 });
  });
});
