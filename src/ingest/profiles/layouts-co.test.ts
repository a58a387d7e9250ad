import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dropped, mapFixture } from './testing/map-fixture.js';

const codes = (problems: { code: string }[] | undefined): string[] => (problems ?? []).map((p) => p.code);

describe('Colombian layouts on their ISO-8859-1 fixtures', () => {
  it('CO-TITULOS: titles with every holder, commodities and the PTO capacity', async () => {
    const f = await mapFixture('CO-TITULOS');
    const title = f.record('MiningRight', 'CO:MR:HCV-08081').body;
    assert.deepEqual(title.kind, { code: 'CONCESSION', national: 'CONTRATO DE CONCESIÓN (L 685)' });
    assert.deepEqual(title.holders, ['CO:NIT:900123456', 'CO:CC:71234567']);
    assert.deepEqual(title.commodities, ['AU', 'AG']);
    assert.equal(title.areaHa, 1234.56);
    assert.deepEqual(title.authorisedCapacity, { value: 500, unit: 'g', period: 'MONTH', metal: 'AU' });
    assert.equal(f.record('Party', 'CO:CC:71234567').body.name, 'JOSÉ MARÍA PEÑA ÁLVAREZ');
    assert.equal(f.record('Party', 'CO:NIT:900123456').body.kind, 'ORGANISATION');
    const flags = f.record('MiningRight', 'CO:MR:RK4-08271').flags.map((flag) => flag.code);
    assert.deepEqual(flags, ['NIT_CHECK_DIGIT']);
    assert.deepEqual(codes(f.rejected.get(4)), ['TERM_UNKNOWN']);
  });

  it('CO-RUCOM: registrations by class; an unknown class rejects the row', async () => {
    const f = await mapFixture('CO-RUCOM');
    const panner = f.record('Registration', 'CO:RUCOM:CC:1077123456::BAREQUERO').body;
    assert.deepEqual(panner.class, { code: 'SUBSISTENCE_MINER', national: 'BAREQUERO' });
    assert.deepEqual(f.record('Party', 'CO:CC:1077123456').body.roles, ['SUBSISTENCE_MINER']);
    const holder = f.record('Registration', 'CO:RUCOM:CC:71234567:HCV-08081:TITULAR MINERO').body;
    assert.equal(holder.miningRight, 'CO:MR:HCV-08081');
    const plant = f.record('Registration', 'CO:RUCOM:NIT:901555333::PLANTA DE BENEFICIO');
    assert.deepEqual(plant.body.status, { code: 'CANCELLED', national: 'CANCELADO' });
    assert.ok(plant.flags.some((flag) => flag.code === 'NIT_CHECK_DIGIT'));
    assert.ok(codes(f.rejected.get(6)).every((code) => code === 'TERM_UNKNOWN'));
  });

  it('CO-REGALIAS: quarterly production in kg, with or without a title', async () => {
    const f = await mapFixture('CO-REGALIAS');
    const titled = f.record('ProductionDeclaration', 'CO:REG:2024-T1:HCV-08081:NIT:900123456:ORO').body;
    assert.equal(titled.quantityKg, 1.2505);
    assert.deepEqual(titled.period, { granularity: 'QUARTER', start: '2024-01-01', end: '2024-03-31' });
    assert.deepEqual(titled.royalty, { amount: 12270534, currency: 'COP' });
    const panner = f.record('ProductionDeclaration', 'CO:REG:2024-T1::CC:1077123456:ORO').body;
    assert.equal(panner.miningRight, undefined);
    assert.equal(panner.quantityKg, 0.03);
    const silver = f.record('ProductionDeclaration', 'CO:REG:2024-T1:RK4-08271:NIT:901245789:PLATA').body;
    assert.equal(silver.quantityKg, 0.311034768);
    assert.deepEqual(codes(f.rejected.get(5)), ['PERIOD_INVALID']);
  });

  it('CO-CERTIFICADOS-ORIGEN: fine mass from LEY; BAREQUEO is no title; bad LEY rejects', async () => {
    const f = await mapFixture('CO-CERTIFICADOS-ORIGEN');
    const panned = f.record('MineralTransaction', 'CO:CERT:CO-2024-0000123').body;
    assert.equal(panned.date, '2024-03-05');
    assert.equal(panned.buyer, 'CO:NIT:900987654');
    assert.equal(panned.originRight, undefined);
    assert.equal(panned.grossMassKg, 0.0305);
    assert.equal(panned.fineness, 0.85);
    assert.equal(panned.fineMassKg, 0.025925);
    assert.deepEqual(panned.sellerClass, { code: 'SUBSISTENCE_MINER', national: 'BAREQUERO' });
    const titled = f.record('MineralTransaction', 'CO:CERT:CO-2024-0000124').body;
    assert.equal(titled.originRight, 'CO:MR:HCV-08081');
    assert.equal(titled.fineMassKg, 1.125675);
    const huge = f.record('MineralTransaction', 'CO:CERT:CO-2024-0000125');
    assert.equal(huge.body.grossMassKg, 2500);
    assert.ok(huge.flags.some((flag) => flag.code === 'IMPLAUSIBLE_QUANTITY'));
    assert.deepEqual(codes(f.rejected.get(5)), ['FINENESS_OUT_OF_RANGE']);
  });

  it('CO-DEX: exports with Spanish country names and dotted tariff codes', async () => {
    const f = await mapFixture('CO-DEX');
    const swiss = f.record('CustomsDeclaration', 'CO:DEX:6017012345678').body;
    assert.equal(swiss.partnerCountry, 'CH');
    assert.equal(swiss.netMassKg, 45.25);
    assert.equal(swiss.fobUsd, 2850000);
    assert.deepEqual(swiss.customsOffice, { name: 'MEDELLÍN' });
    const emirates = f.record('CustomsDeclaration', 'CO:DEX:6017012345679').body;
    assert.equal(emirates.partnerCountry, 'AE');
    assert.equal(emirates.nationalTariffCode, '7108120000');
    assert.equal(emirates.date, '2024-03-18');
    const wrongDv = f.record('CustomsDeclaration', 'CO:DEX:6017012345680');
    assert.ok(wrongDv.flags.some((flag) => flag.code === 'NIT_CHECK_DIGIT'));
    // A country Veta does not know is left out of the declaration, which is kept, flagged.
    const narnia = f.record('CustomsDeclaration', 'CO:DEX:6017012345681');
    assert.equal(narnia.body.partnerCountry, undefined);
    assert.deepEqual(dropped(narnia), ['PAIS_DESTINO']);
    assert.equal(f.rejected.size, 0);
  });

  it('CO-RUES: companies with their ELF legal form and representative', async () => {
    const f = await mapFixture('CO-RUES');
    const company = f.record('Party', 'CO:NIT:900987654').body;
    assert.deepEqual(company.organisationName, {
      legalName: 'COMERCIALIZADORA DE METALES ANDINOS',
      legalForm: { elfCode: 'KYVO', name: 'Sociedad por Acciones Simplificada', abbreviation: 'S.A.S' },
    });
    assert.equal(company.foundingDate, '2016-01-15');
    assert.deepEqual(f.record('Party', 'CO:NIT:830045612').body.status, {
      code: 'CANCELLED',
      national: 'CANCELADA',
    });
    const rep = f.record('Relationship', 'CO:REPRESENTANTE:900987654:1037612345').body;
    assert.equal(rep.interestedParty, 'CO:CC:1037612345');
    // A legal form the crosswalk lacks leaves the one read off the name, flagged.
    const cooperative = f.record('Party', 'CO:NIT:901245789');
    assert.deepEqual(dropped(cooperative), ['ORGANIZACION_JURIDICA']);
    assert.equal(f.rejected.size, 0);
  });

  it('CO-RUB: beneficial owners with shares, ranges and intermediaries', async () => {
    const f = await mapFixture('CO-RUB');
    const owner = f.record('Relationship', 'CO:RUB:900987654::CC:1037612345:TITULARIDAD').body;
    assert.deepEqual(owner.interests, [
      {
        type: 'shareholding',
        national: 'TITULARIDAD',
        directOrIndirect: 'direct',
        beneficialOwnershipOrControl: true,
        share: { exact: 60.5 },
        startDate: '2016-01-15',
      },
    ]);
    const foreign = f.record('Relationship', 'CO:RUB:900987654:901555333:PA:X1234567:BENEFICIO').body;
    assert.equal(foreign.interestedParty, 'CO:PASSPORT:X1234567');
    assert.deepEqual(f.record('Party', 'CO:PASSPORT:X1234567').body.nationalities, ['US']);
    assert.deepEqual(f.record('Party', 'CO:CC:98765432').body.personName, {
      givenNames: 'PEDRO',
      paternalSurname: 'ARANGO',
      maternalSurname: 'PEÑA',
    });
    // An unknown nationality is left out; the owner and the ownership link load.
    const unknownNationality = f.record('Party', 'CO:CE:556677');
    assert.deepEqual(unknownNationality.body.nationalities, undefined);
    assert.deepEqual(dropped(unknownNationality), ['PAIS_NACIONALIDAD']);
    assert.equal(f.rejected.size, 0);
  });
});
