import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapFixture } from './testing/map-fixture.js';

const codes = (problems: { code: string }[] | undefined): string[] => (problems ?? []).map((p) => p.code);

describe('Ecuadorian layouts on XLSX workbooks written from their fixture rows', () => {
  it('EC-CATASTRO: concessions held under a RUC or a cédula; Excel and text dates alike', async () => {
    const f = await mapFixture('EC-CATASTRO');
    const big = f.record('MiningRight', 'EC:MR:100234').body;
    assert.deepEqual(big.stratum, { code: 'LARGE', national: 'GRAN MINERÍA' });
    assert.equal(big.grantedOn, '2008-05-16');
    assert.deepEqual(big.holders, ['EC:RUC:1790456781001']);
    const small = f.record('MiningRight', 'EC:MR:300567').body;
    assert.deepEqual(small.holders, ['EC:CI:0701234569']);
    assert.deepEqual(small.legalStatus, { code: 'IN_PROCESS', national: 'OTORGADA' });
    assert.equal(small.grantedOn, '2019-11-04');
    assert.equal(f.record('Party', 'EC:CI:0701234569').body.kind, 'PERSON');
    assert.deepEqual(codes(f.rejected.get(4)), ['TERM_UNKNOWN']);
  });

  it('EC-PRODUCCION: half-year production converted to kg from g, kg and troy ounces', async () => {
    const f = await mapFixture('EC-PRODUCCION');
    const ounces = f.record('ProductionDeclaration', 'EC:PROD:2024-S1:100234:1790456781001:ORO').body;
    assert.equal(ounces.quantityKg, 108.8621688);
    assert.deepEqual(ounces.period, { granularity: 'HALF_YEAR', start: '2024-01-01', end: '2024-06-30' });
    const grams = f.record('ProductionDeclaration', 'EC:PROD:2024-S1:300567:0701234569001:ORO').body;
    assert.equal(grams.quantityKg, 1.2505);
    assert.equal(grams.declarant, 'EC:RUC:0701234569001');
    assert.deepEqual(codes(f.rejected.get(5)), ['TERM_UNKNOWN']);
  });

  it('EC-EXPORTACIONES: refrendos with fine mass where the fineness is given', async () => {
    const f = await mapFixture('EC-EXPORTACIONES');
    const concentrate = f.record('CustomsDeclaration', 'EC:REFRENDO:028-2024-40-00123456').body;
    assert.equal(concentrate.date, '2024-03-14');
    assert.equal(concentrate.hsCode, '261690');
    assert.equal(concentrate.fineMassKg, undefined);
    const dore = f.record('CustomsDeclaration', 'EC:REFRENDO:055-2024-40-00004567').body;
    assert.equal(dore.fineness, 0.92);
    assert.equal(dore.fineMassKg, 11.5);
    assert.equal(dore.partnerCountry, 'US');
    assert.ok(codes(f.rejected.get(4)).every((code) => code === 'TARIFF_CODE_INVALID'));
  });

  it('EC-COMERCIALIZACION: purchases from miners and sales to exporters in USD; other operations are quarantined', async () => {
    const f = await mapFixture('EC-COMERCIALIZACION');
    const cash = f.record('MineralTransaction', 'EC:COMPRA:0791234565001:0701234569:001-002-000000345').body;
    assert.equal(cash.kind, 'PURCHASE');
    assert.equal(cash.date, '2024-03-05');
    assert.equal(cash.buyer, 'EC:RUC:0791234565001');
    assert.equal(cash.seller, 'EC:CI:0701234569');
    assert.equal(cash.originRight, 'EC:MR:300567');
    assert.equal(cash.fineness, 0.85);
    assert.equal(cash.fineMassKg, 0.21293);
    assert.deepEqual(cash.price, { amount: 13200.4, currency: 'USD' });
    assert.deepEqual(cash.paymentMethod, { code: 'CASH', national: 'EFECTIVO' });
    assert.deepEqual(cash.sellerClass, { code: 'MINING_TITLE_HOLDER', national: 'PEQUEÑO MINERO' });
    const sale = f.record(
      'MineralTransaction',
      'EC:COMPRA:0790012348001:0791234565001:001-001-000000078',
    ).body;
    assert.equal(sale.kind, 'SALE');
    assert.equal(sale.seller, 'EC:RUC:0791234565001');
    assert.equal(sale.originRight, undefined);
    assert.deepEqual(f.record('Party', 'EC:RUC:0791234565001').body.roles, ['TRADER']);
    assert.deepEqual(f.record('Party', 'EC:RUC:1760002600001').body.roles, ['AUTHORITY']);
    assert.equal(f.record('Party', 'EC:CI:1103456784').body.kind, 'PERSON');
    assert.deepEqual(codes(f.rejected.get(6)), ['TERM_UNKNOWN']);
  });

  it('EC-COMPANIAS: companies with their ELF legal form, status and representative', async () => {
    const f = await mapFixture('EC-COMPANIAS');
    const company = f.record('Party', 'EC:RUC:1791234561001').body;
    assert.deepEqual(company.organisationName, {
      legalName: 'MINERA AURÍFERA NAMBIJA',
      legalForm: { elfCode: 'J3T2', name: 'Compañía Anónima', abbreviation: 'SA' },
    });
    assert.equal(company.foundingDate, '2012-03-15');
    const dissolved = f.record('Registration', 'EC:SUPERCIAS:700102').body;
    assert.deepEqual(dissolved.status, { code: 'CANCELLED', national: 'DISUELTA' });
    assert.equal(dissolved.validFrom, '2023-02-01');
    const rep = f.record('Relationship', 'EC:REPRESENTANTE:1791234561001:1701234567').body;
    assert.equal(rep.interestedParty, 'EC:CI:1701234567');
    assert.equal(f.record('Party', 'EC:CI:1701234567').body.kind, 'PERSON');
    // SITUACION_LEGAL feeds the company's status and its registration's: one reason, said once.
    assert.deepEqual(codes(f.rejected.get(4)), ['TERM_UNKNOWN']);
  });

  it('EC-ACCIONISTAS: shareholders, persons or companies, with their share; over 100 % rejects', async () => {
    const f = await mapFixture('EC-ACCIONISTAS');
    const layered = f.record('Relationship', 'EC:ACCIONISTA:1791234561001:RUC:0795551115001').body;
    assert.equal(layered.interestedParty, 'EC:RUC:0795551115001');
    assert.deepEqual(layered.interests, [
      { type: 'shareholding', directOrIndirect: 'direct', share: { exact: 60 } },
    ]);
    assert.equal(f.record('Party', 'EC:RUC:0795551115001').body.kind, 'ORGANISATION');
    assert.equal(f.record('Party', 'EC:CI:1104567894').body.kind, 'PERSON');
    assert.deepEqual(f.record('Party', 'EC:PASSPORT:X1234567').body.nationalities, ['US']);
    assert.deepEqual(codes(f.rejected.get(5)), ['SHARE_INVALID']);
  });

  it('EC-REBEFICS: beneficial owners, direct or through a company, and managers', async () => {
    const f = await mapFixture('EC-REBEFICS');
    const indirect = f.record(
      'Relationship',
      'EC:REBEFICS:1791234561001:0795551115001:PASAPORTE:X1234567:PROPIEDAD',
    ).body;
    assert.deepEqual(indirect.interests, [
      {
        type: 'shareholding',
        national: 'PROPIEDAD',
        via: 'EC:RUC:0795551115001',
        directOrIndirect: 'indirect',
        beneficialOwnershipOrControl: true,
        share: { exact: 60 },
      },
    ]);
    assert.equal(indirect.declaredOn, '2023-05-10');
    const manager = f.record('Relationship', 'EC:REBEFICS:0998765439001::CEDULA:1701234567:ADMINISTRACIÓN');
    assert.equal((manager.body.interests as { type: string }[])[0]?.type, 'seniorManagingOfficial');
    assert.deepEqual(f.record('Party', 'EC:CI:1104567894').body.personName, {
      givenNames: 'LUCÍA',
      paternalSurname: 'TORRES',
      maternalSurname: 'OSORIO',
    });
    assert.deepEqual(codes(f.rejected.get(5)), ['TERM_UNKNOWN']);
  });
});

describe('Bolivian layouts on pipe-separated fixtures', () => {
  it('BO-DERECHOS: areas from cuadrículas of 25 ha, holders by kind of actor', async () => {
    const f = await mapFixture('BO-DERECHOS');
    const coop = f.record('MiningRight', 'BO:MR:LPZ-0412').body;
    assert.equal(coop.areaHa, 300);
    assert.deepEqual(coop.kind, { code: 'COOPERATIVE_CONTRACT', national: 'CONTRATO' });
    assert.deepEqual(coop.actorType, { code: 'COOPERATIVE', national: 'COOPERATIVA' });
    assert.equal(f.record('Party', 'BO:NIT:1020304050').body.kind, 'COOPERATIVE');
    assert.equal(f.record('Party', 'BO:NIT:1002030405').body.kind, 'STATE_BODY');
    assert.deepEqual(f.record('MiningRight', 'BO:MR:PTS-1200').body.legalStatus, {
      code: 'IN_PROCESS',
      national: 'EN TRAMITE',
    });
    assert.deepEqual(codes(f.rejected.get(5)), ['TERM_UNKNOWN']);
  });

  it('BO-SENARECOM: purchases and exports by form type; other types are quarantined', async () => {
    const f = await mapFixture('BO-SENARECOM');
    const purchase = f.record('MineralTransaction', 'BO:FORM:M-03-2024-001234').body;
    assert.equal(purchase.date, '2024-03-05');
    assert.equal(purchase.fineness, 0.855);
    assert.equal(purchase.fineMassKg, 10.6875);
    assert.equal(purchase.seller, 'BO:NIT:1020304050');
    const gold = f.record('CustomsDeclaration', 'BO:FORM:E-01-2024-000456').body;
    assert.deepEqual(gold.flow, { code: 'EXPORT', national: 'EXPORTACION' });
    assert.equal(gold.hsCode, '710812');
    assert.equal(gold.fineMassKg, 27.6);
    assert.equal(gold.partnerCountry, 'AE');
    assert.equal(f.record('CustomsDeclaration', 'BO:FORM:E-01-2024-000457').body.hsCode, '260900');
    assert.equal(f.records.filter((r) => r.id === 'BO:FORM:E-01-2024-000456').length, 1);
    assert.deepEqual(codes(f.rejected.get(5)), ['VALUE_MISSING']);
    assert.deepEqual(codes(f.rejected.get(6)), ['NO_RECORD']);
  });

  it('BO-SEPREC: companies with their tipo societario as ELF, status and representative', async () => {
    const f = await mapFixture('BO-SEPREC');
    const company = f.record('Party', 'BO:NIT:3456789012').body;
    assert.deepEqual((company.organisationName as { legalForm: unknown }).legalForm, {
      elfCode: 'PM48',
      name: 'Sociedad de Responsabilidad Limitada.',
      abbreviation: 'S.R.L.',
    });
    assert.equal(company.foundingDate, '2015-03-10');
    assert.deepEqual(f.record('Registration', 'BO:SEPREC:00145679').body.status, {
      code: 'SUSPENDED',
      national: 'NO ACTUALIZADA',
    });
    const rep = f.record('Relationship', 'BO:REPRESENTANTE:3456789012:4567123').body;
    assert.equal(rep.interestedParty, 'BO:CI:4567123');
    assert.ok(codes(f.rejected.get(4)).every((code) => code === 'TERM_UNKNOWN'));
    assert.equal(f.rejected.size, 1);
  });

  it('BO-SOCIOS: partners with their share, a company partner leading on; an unknown document rejects', async () => {
    const f = await mapFixture('BO-SOCIOS');
    const holding = f.record('Relationship', 'BO:SOCIO:3456789012:NIT:1029384756').body;
    assert.deepEqual(holding.interests, [
      { type: 'shareholding', directOrIndirect: 'direct', share: { exact: 70 }, startDate: '2015-03-10' },
    ]);
    assert.equal(f.record('Party', 'BO:NIT:1029384756').body.kind, 'ORGANISATION');
    assert.equal(f.record('Party', 'BO:CI:4567123').body.kind, 'PERSON');
    const foreigner = f.record('Party', 'BO:PASSPORT:P7654321').body;
    assert.deepEqual([foreigner.kind, foreigner.nationalities], ['PERSON', ['PE']]);
    assert.ok(codes(f.rejected.get(5)).includes('SCHEME_UNKNOWN'));
  });
});
