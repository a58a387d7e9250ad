import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAgreement } from '../fixtures/agreement.js';
import { AgreementError, loadAgreement, parseAgreement } from './agreement.js';
import type { DataSharingAgreement } from './agreement-schema.js';
import { clauseFor, narrowedRecordTypes } from './clause.js';

const VERSION_1 = testAgreement({
  Party: { fields: ['kind', 'name', 'identifiers', 'organisationName'] },
  Relationship: 'pseudonymised',
  ProductionDeclaration: {
    aggregate: { by: ['metal'], measures: ['quantityKg'], date: 'period.start', minCount: 3 },
  },
  CustomsDeclaration: 'full',
  TradeStatistic: 'full',
  InputTransaction: 'none',
});

const TODAY = '2025-06-15';

/** Version 2 of the agreement: version 1 changed by `edit`, checked as an agreement. */
function version2(edit: (next: DataSharingAgreement) => void): DataSharingAgreement {
  const next = structuredClone(VERSION_1);
  next.version = 2;
  edit(next);
  return parseAgreement(next, 'version 2');
}

function withdrawals(edit: (next: DataSharingAgreement) => void): ReturnType<typeof narrowedRecordTypes> {
  return narrowedRecordTypes(VERSION_1, version2(edit), TODAY);
}

describe('clauseFor', () => {
  it('gives the clause of a listed record type while the agreement is in force, both ends included', () => {
    for (const day of ['2025-01-01', TODAY, '2026-12-31'])
      assert.deepEqual(clauseFor(VERSION_1, 'CustomsDeclaration', day), {
        clause: 'full',
        agreement: { id: 'PE-HUB', version: 1 },
      });
    assert.deepEqual(clauseFor(VERSION_1, 'Party', TODAY).clause, {
      fields: ['kind', 'name', 'identifiers', 'organisationName'],
    });
  });

  it('gives none before the agreement is in force and after it expired, saying so', () => {
    const before = clauseFor(VERSION_1, 'CustomsDeclaration', '2024-12-31');
    assert.equal(before.clause, 'none');
    assert.ok(before.clause === 'none');
    assert.equal(before.code, 'NOT_YET_IN_FORCE');
    assert.match(before.reason, /agreement PE-HUB v1 is not yet in force: it is from 2025-01-01/);
    const after = clauseFor(VERSION_1, 'CustomsDeclaration', '2027-01-01');
    assert.ok(after.clause === 'none');
    assert.equal(after.code, 'EXPIRED');
    assert.match(after.reason, /agreement PE-HUB v1 expired on 2026-12-31/);
  });

  it('gives none for a record type not listed, and for one listed as none', () => {
    const unlisted = clauseFor(VERSION_1, 'Assay', TODAY);
    assert.ok(unlisted.clause === 'none');
    assert.equal(unlisted.code, 'NOT_LISTED');
    assert.match(unlisted.reason, /Assay is not listed in agreement PE-HUB v1/);
    const listed = clauseFor(VERSION_1, 'InputTransaction', TODAY);
    assert.ok(listed.clause === 'none');
    assert.equal(listed.code, 'LISTED_NONE');
  });

  it('refuses a day that is not yyyy-mm-dd', () => {
    assert.throws(() => clauseFor(VERSION_1, 'Party', '15/06/2025'), RangeError);
  });
});

describe('narrowedRecordTypes', () => {
  it('withdraws every field no longer shared when full becomes some fields, provenance beyond the citation too', () => {
    const narrowed = withdrawals((next) => {
      next.records.CustomsDeclaration = { fields: ['date', 'declarant', 'fobUsd'] };
    });
    assert.deepEqual(narrowed, [
      {
        recordType: 'CustomsDeclaration',
        withdraw: {
          fields: [
            'country',
            'provenance.sourceFile.name',
            'provenance.batchId',
            'provenance.raw',
            'flags',
            'number',
            'flow',
            'hsCode',
            'nationalTariffCode',
            'description',
            'partnerCountry',
            'customsOffice',
            'netMassKg',
            'grossMassKg',
            'fineness',
            'fineMassKg',
            'cifUsd',
            'consignee',
          ],
        },
      },
    ]);
  });

  it('withdraws a field removed, and the rest of an object narrowed to one of its fields', () => {
    const narrowed = withdrawals((next) => {
      next.records.Party = { fields: ['kind', 'name', 'organisationName.legalName'] };
    });
    assert.deepEqual(narrowed, [
      { recordType: 'Party', withdraw: { fields: ['identifiers', 'organisationName.legalForm'] } },
    ]);
  });

  it('withdraws a field held in the clear that the new version sends only as tokens', () => {
    const narrowed = withdrawals((next) => {
      next.records.Party = {
        fields: ['kind', 'name', 'identifiers', 'organisationName'],
        pseudonymised: ['name'],
      };
    });
    assert.deepEqual(narrowed, [{ recordType: 'Party', withdraw: { fields: ['name'] } }]);
    // Customs shared whole before: what the new clause leaves out, and the declarant it now tokenises.
    const fromFull = withdrawals((next) => {
      next.records.CustomsDeclaration = { fields: ['date', 'declarant'], pseudonymised: ['declarant'] };
    });
    const fields = fromFull[0]?.withdraw;
    assert.ok(typeof fields === 'object' && fields.fields.includes('declarant'), JSON.stringify(fromFull));
    assert.ok(!fields.fields.includes('date'));
  });

  it('withdraws all of a record type no longer shared, pseudonymised instead, or shared as other totals', () => {
    assert.deepEqual(
      withdrawals((next) => {
        next.records.TradeStatistic = 'none';
        delete next.records.CustomsDeclaration;
      }),
      [
        { recordType: 'CustomsDeclaration', withdraw: 'all' },
        { recordType: 'TradeStatistic', withdraw: 'all' },
      ],
    );
    assert.deepEqual(
      withdrawals((next) => {
        next.records.CustomsDeclaration = 'pseudonymised';
        next.records.Relationship = { fields: ['subject', 'interestedParty'] };
      }),
      [
        { recordType: 'Relationship', withdraw: 'all' },
        { recordType: 'CustomsDeclaration', withdraw: 'all' },
      ],
    );
    assert.deepEqual(
      withdrawals((next) => {
        next.records.ProductionDeclaration = {
          aggregate: { by: ['metal'], measures: ['quantityKg'], date: 'period.start', minCount: 5 },
        };
        next.records.TradeStatistic = {
          aggregate: { by: ['reporter', 'partner'], measures: ['valueUsd'], date: 'period.start' },
        };
      }),
      [
        { recordType: 'ProductionDeclaration', withdraw: 'all' },
        { recordType: 'TradeStatistic', withdraw: 'all' },
      ],
    );
  });

  it('withdraws everything shared when the new validity leaves today out', () => {
    const everything = [
      'Party',
      'Relationship',
      'ProductionDeclaration',
      'CustomsDeclaration',
      'TradeStatistic',
    ].map((recordType) => ({ recordType, withdraw: 'all' }));
    assert.deepEqual(
      withdrawals((next) => {
        next.validUntil = '2025-05-31';
      }),
      everything,
    );
    assert.deepEqual(
      withdrawals((next) => {
        next.validFrom = '2025-07-01';
      }),
      everything,
    );
    assert.deepEqual(
      withdrawals((next) => {
        next.validUntil = '2025-12-31';
      }),
      [],
    );
  });

  it('withdraws what a narrower version no longer shares even after the old version expired', () => {
    // Version 1 ran to 2026-12-31; version 2 arrives in 2027 and shares no customs declaration.
    const next = version2((agreement) => {
      agreement.validFrom = '2027-01-01';
      agreement.validUntil = '2028-12-31';
      agreement.records.CustomsDeclaration = 'none';
    });
    assert.deepEqual(
      narrowedRecordTypes(VERSION_1, next, '2027-03-10').find((w) => w.recordType === 'CustomsDeclaration'),
      { recordType: 'CustomsDeclaration', withdraw: 'all' },
    );
  });

  it('withdraws nothing when the new version shares as much or more', () => {
    const widened = withdrawals((next) => {
      next.records.Party = 'full';
      next.records.Relationship = 'full';
      next.records.ProductionDeclaration = 'full';
      next.records.InputTransaction = { fields: ['date', 'input'] };
      next.records.Assay = 'full';
      next.validUntil = '2029-12-31';
    });
    assert.deepEqual(widened, []);
    assert.deepEqual(
      withdrawals((next) => {
        next.records.Party = { fields: ['kind', 'name', 'identifiers', 'organisationName', 'roles'] };
      }),
      [],
    );
  });

  it('refuses to compare a changed agreement whose version was not bumped, or two agreements', () => {
    const unbumped = structuredClone(VERSION_1);
    unbumped.records.TradeStatistic = 'none';
    assert.throws(
      () => narrowedRecordTypes(VERSION_1, unbumped, TODAY),
      (error: unknown) =>
        error instanceof AgreementError && /\/version 1 must be greater than 1/.test(error.message),
    );
    assert.deepEqual(narrowedRecordTypes(VERSION_1, structuredClone(VERSION_1), TODAY), []);
    const other = version2((next) => {
      next.id = 'PE-CO';
      next.to = 'CO';
    });
    assert.throws(() => narrowedRecordTypes(VERSION_1, other, TODAY), /is not a version of PE-HUB/);
  });
});

describe("Peru's example agreement", () => {
  it('has the hub withdraw the people and companies an earlier version shared in full', () => {
    const current = loadAgreement(new URL('../../../examples/agreements/pe-hub.yaml', import.meta.url));
    const version1 = structuredClone(current);
    version1.version = 1;
    delete version1.changes;
    Object.assign(version1.records, { Party: 'full', Relationship: 'full', Registration: 'full' });
    assert.deepEqual(narrowedRecordTypes(parseAgreement(version1, 'version 1'), current, '2025-06-15'), [
      { recordType: 'Party', withdraw: 'all' },
      { recordType: 'Relationship', withdraw: 'all' },
      { recordType: 'Registration', withdraw: 'all' },
    ]);
  });
});
