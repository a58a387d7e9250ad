import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAgreement } from '../fixtures/agreement.js';
import { EXAMPLE_RECORDS } from '../fixtures/records.js';
import type { CustomsDeclaration } from '../records/customs-declaration.js';
import type { Party } from '../records/party.js';
import { clauseFor } from './clause.js';
import { shareRecord } from './share-record.js';

const AGREEMENT = testAgreement({
  Party: 'pseudonymised',
  ProductionDeclaration: {
    aggregate: { by: ['metal'], measures: ['quantityKg'], date: 'period.start' },
  },
  CustomsDeclaration: { fields: ['date', 'declarant', 'fobUsd', 'customsOffice.code'] },
  TradeStatistic: 'full',
  Assay: 'none',
});

const TODAY = '2025-06-15';

// Values planted where a `fields` share must not reach: the withheld fields, the raw source row,
// the file name, the batch and a flag's message.
const PLANTED = [
  'PLANTED-CONSIGNEE',
  'PLANTED-DESCRIPTION',
  'PLANTED-RAW-ROW',
  'PLANTED-FILE-NAME',
  'PLANTED-BATCH',
  'PLANTED-FLAG',
  'Aéreo del Callao',
];

const DECLARATION: CustomsDeclaration = {
  ...EXAMPLE_RECORDS.CustomsDeclaration,
  consignee: 'PLANTED-CONSIGNEE AG, Zürich',
  description: 'PLANTED-DESCRIPTION oro en bruto',
  provenance: {
    ...EXAMPLE_RECORDS.CustomsDeclaration.provenance,
    sourceFile: { name: 'PLANTED-FILE-NAME.csv', sha256: 'b'.repeat(64) },
    batchId: 'PLANTED-BATCH',
    raw: { CONSIGNATARIO: 'PLANTED-RAW-ROW', NUM_DAM: '118-2024-40-012345' },
  },
  flags: [{ code: 'CHECK', message: 'PLANTED-FLAG quotes a value', severity: 'INFO' }],
};

describe('shareRecord', () => {
  it('shares a record whole under full', () => {
    const statistic = EXAMPLE_RECORDS.TradeStatistic;
    const shared = shareRecord(statistic, 'TradeStatistic', clauseFor(AGREEMENT, 'TradeStatistic', TODAY));
    assert.deepEqual(shared, { kind: 'full', record: statistic });
    assert.ok(shared.kind === 'full' && shared.record !== statistic, 'a copy, not the record itself');
  });

  it('shares only the named fields, with the id and the provenance that cites the record', () => {
    const shared = shareRecord(
      DECLARATION,
      'CustomsDeclaration',
      clauseFor(AGREEMENT, 'CustomsDeclaration', TODAY),
    );
    assert.deepEqual(shared, {
      kind: 'fields',
      record: {
        recordType: 'CustomsDeclaration',
        id: 'PE:DAM:118-2024-40-012345',
        provenance: { sourceFile: { sha256: 'b'.repeat(64) }, layout: 'PE-DAM', row: 9 },
        date: '2024-03-20',
        declarant: 'PE:RUC:20100047218',
        fobUsd: 1650000,
        customsOffice: { code: '235' },
      },
    });
    const text = JSON.stringify(shared);
    for (const planted of PLANTED) assert.ok(!text.includes(planted), `${planted} was shared`);
  });

  it('copies what it shares: changing the share leaves the record alone', () => {
    const withOffice = shareRecord(
      DECLARATION,
      'CustomsDeclaration',
      clauseFor(
        { ...AGREEMENT, records: { CustomsDeclaration: { fields: ['customsOffice'] } } },
        'CustomsDeclaration',
        TODAY,
      ),
    );
    assert.ok(withOffice.kind === 'fields');
    const office = withOffice.record['customsOffice'] as Record<string, unknown>;
    office['name'] = 'changed';
    assert.equal(DECLARATION.customsOffice?.name, 'Aéreo del Callao');
  });

  it('withholds a record to pseudonymise when the node has no pseudonymisation key, never sending it raw', () => {
    const party: Party = { ...EXAMPLE_RECORDS.Party, name: 'PLANTED-NAME S.A.C.' };
    const shared = shareRecord(party, 'Party', clauseFor(AGREEMENT, 'Party', TODAY));
    assert.deepEqual(shared, { kind: 'withheld', reason: 'no pseudonymisation key is configured' });
    assert.ok(!JSON.stringify(shared).includes('PLANTED-NAME'));
  });

  it('shares what the injected pseudonymisation makes of the record', () => {
    const calls: string[] = [];
    const shared = shareRecord(EXAMPLE_RECORDS.Party, 'Party', clauseFor(AGREEMENT, 'Party', TODAY), {
      pseudonymise: (record, recordType) => {
        calls.push(`${recordType} ${record.id}`);
        return { recordType, id: 'PSEUDO:1f3a', name: 'PSEUDO:77c0' };
      },
    });
    assert.deepEqual(shared, {
      kind: 'pseudonymised',
      record: { recordType: 'Party', id: 'PSEUDO:1f3a', name: 'PSEUDO:77c0' },
    });
    assert.deepEqual(calls, ['Party PE:RUC:20131312955']);
  });

  it('sends a field the clause pseudonymises as its token, and nothing of the record without the key', () => {
    const clause = clauseFor(
      testAgreement({ CustomsDeclaration: { fields: ['date', 'declarant'], pseudonymised: ['declarant'] } }),
      'CustomsDeclaration',
      TODAY,
    );
    const byPerson: CustomsDeclaration = { ...DECLARATION, declarant: 'PE:RUC:10412345678' };
    const tokens = {
      value: (value: string) => (value.startsWith('PE:RUC:10') ? 'TK:k1:person' : value),
      recordId: () => 'TK:k1:record',
    };
    const shared = shareRecord({ ...byPerson, id: 'PE:DAM:10412345678:1' }, 'CustomsDeclaration', clause, {
      tokens,
    });
    assert.equal(shared.kind, 'fields');
    // The id goes as a token too: a record id often spells the person's document.
    assert.deepEqual(shared.kind === 'fields' ? [shared.record.declarant, shared.record.id] : [], [
      'TK:k1:person',
      'TK:k1:record',
    ]);
    assert.ok(!JSON.stringify(shared).includes('10412345678'));
    // A company's number goes as it is: the function, not the clause, tells a person from a company.
    const company = shareRecord(DECLARATION, 'CustomsDeclaration', clause, { tokens });
    assert.deepEqual(company.kind === 'fields' ? [company.record.declarant, company.record.id] : [], [
      DECLARATION.declarant,
      DECLARATION.id,
    ]);
    assert.deepEqual(shareRecord(byPerson, 'CustomsDeclaration', clause), {
      kind: 'withheld',
      reason: 'no pseudonymisation key is configured',
    });
  });

  it('sends each part of a person’s encoding only beside the field it encodes', () => {
    const person: Party = { ...EXAMPLE_RECORDS.Party, kind: 'PERSON', birthDate: '1980-02-03' };
    const encodePerson = () => ({ keyId: 'k1', clk: 'filter', born: 'TK:k1:born', tokens: ['TK:k1:doc'] });
    const linkageUnder = (fields: string[]) => {
      const agreement = testAgreement({ Party: { fields } });
      const outcome = shareRecord(person, 'Party', clauseFor(agreement, 'Party', TODAY), { encodePerson });
      return outcome.kind === 'fields' ? outcome.record.linkage : undefined;
    };
    assert.deepEqual(linkageUnder(['name']), { keyId: 'k1', clk: 'filter' });
    assert.deepEqual(linkageUnder(['name', 'birthDate']), { keyId: 'k1', clk: 'filter', born: 'TK:k1:born' });
    assert.deepEqual(linkageUnder(['name', 'identifiers']), {
      keyId: 'k1',
      clk: 'filter',
      tokens: ['TK:k1:doc'],
    });
    // Without the name, no encoding at all.
    assert.equal(linkageUnder(['birthDate', 'identifiers']), undefined);
  });

  it('withholds a record under none, not listed, out of force or shared only as totals, saying why', () => {
    const withheld = (type: 'Assay' | 'MiningRight' | 'ProductionDeclaration', day = TODAY) =>
      shareRecord(EXAMPLE_RECORDS[type], type, clauseFor(AGREEMENT, type, day));
    assert.deepEqual(withheld('Assay'), { kind: 'withheld', reason: 'agreement PE-HUB v1 shares no Assay' });
    assert.deepEqual(withheld('MiningRight'), {
      kind: 'withheld',
      reason: 'MiningRight is not listed in agreement PE-HUB v1',
    });
    assert.deepEqual(withheld('ProductionDeclaration'), {
      kind: 'withheld',
      reason: 'ProductionDeclaration is shared only as monthly totals (aggregateRecords)',
    });
    const expired = shareRecord(
      DECLARATION,
      'CustomsDeclaration',
      clauseFor(AGREEMENT, 'CustomsDeclaration', '2027-01-01'),
    );
    assert.equal(expired.kind, 'withheld');
    assert.ok(!JSON.stringify(expired).includes('1650000'));
  });

  it('refuses a record of another type than the one named', () => {
    assert.throws(
      () =>
        shareRecord(EXAMPLE_RECORDS.Party, 'TradeStatistic', clauseFor(AGREEMENT, 'TradeStatistic', TODAY)),
      TypeError,
    );
  });
});
