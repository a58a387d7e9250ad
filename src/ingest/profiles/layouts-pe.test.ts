import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dropped, mapFixture } from './testing/map-fixture.js';

const codes = (problems: { code: string }[] | undefined): string[] => (problems ?? []).map((p) => p.code);

describe('Peruvian layouts on their fixtures', () => {
  it('PE-CATASTRO: rights with holders, a bad check digit flagged, broken WKT flagged and left out', async () => {
    const f = await mapFixture('PE-CATASTRO');
    const right = f.record('MiningRight', 'PE:MR:010012318').body;
    assert.deepEqual(right.legalStatus, { code: 'IN_FORCE', national: 'TITULADO' });
    assert.deepEqual(right.holders, ['PE:RUC:20131312955']);
    assert.equal(right.appliedOn, '1998-06-15');
    assert.equal((right.geometry as { type: string }).type, 'Polygon');
    assert.deepEqual(f.record('MiningRight', 'PE:MR:650001122').body.adminArea, {
      country: 'PE',
      region: 'MADRE DE DIOS',
      subregion: 'MANU',
      locality: 'HUEPETUHE',
    });
    assert.equal(f.record('Party', 'PE:RUC:10412345679').body.kind, 'PERSON');
    const lapsed = f.record('MiningRight', 'PE:MR:540002233');
    assert.deepEqual(lapsed.body.legalStatus, { code: 'EXTINCT', national: 'CADUCO' });
    assert.ok(lapsed.flags.some((flag) => flag.code === 'RUC_CHECK_DIGIT' && flag.field === 'RUC_TITULAR'));
    // The boundary is optional: a right whose WKT cannot be read is kept without it, flagged.
    const unbounded = f.record('MiningRight', 'PE:MR:540002234');
    assert.equal(unbounded.body.geometry, undefined);
    assert.ok(unbounded.flags.some((flag) => flag.code === 'GEOMETRY_INVALID' && flag.severity === 'ERROR'));
  });

  it('PE-REINFO: registrations tied to rights; an impossible date is left out, flagged', async () => {
    const f = await mapFixture('PE-REINFO');
    const entry = f.record('Registration', 'PE:REINFO:10432156783:540002233').body;
    assert.equal(entry.register, 'REINFO');
    assert.deepEqual(entry.status, { code: 'SUSPENDED', national: 'SUSPENDIDO' });
    assert.equal(entry.miningRight, 'PE:MR:540002233');
    assert.equal(f.record('Party', 'PE:RUC:10412345679').body.name, 'PEÑA QUISPE JUAN');
    const impossible = f.record('Registration', 'PE:REINFO:10723456717:650001999');
    assert.equal(impossible.body.validFrom, undefined);
    assert.deepEqual(dropped(impossible), ['FECHA_INSCRIPCION']);
    assert.match(impossible.flags[0]?.message ?? '', /"31\/02\/2023".*\(DATE_INVALID\)/);
    assert.equal(f.rejected.size, 0);
  });

  it('PE-PRODUCCION: fine quantities in kg whatever the unit; an unknown unit rejects', async () => {
    const f = await mapFixture('PE-PRODUCCION');
    const gold = f.record('ProductionDeclaration', 'PE:PROD:202403:010012318:20131312955:AU').body;
    assert.equal(gold.quantityKg, 125.0005);
    assert.equal(gold.quantityIsFine, true);
    assert.deepEqual(gold.period, { granularity: 'MONTH', start: '2024-03-01', end: '2024-03-31' });
    const copper = f.record('ProductionDeclaration', 'PE:PROD:202403:540002233:20487654320:CU').body;
    assert.equal(copper.quantityKg, 350250);
    assert.deepEqual(copper.stratum, { code: 'SMALL', national: 'PEQUEÑO PRODUCTOR' });
    assert.deepEqual(codes(f.rejected.get(5)), ['TERM_UNKNOWN']);
  });

  it('PE-DAM: exports and imports with HS code and fine mass; fineness above pure is left out', async () => {
    const f = await mapFixture('PE-DAM');
    const gold = f.record('CustomsDeclaration', 'PE:DAM:235-2024-40-012345').body;
    assert.deepEqual(gold.flow, { code: 'EXPORT', national: '40' });
    assert.equal(gold.hsCode, '710812');
    assert.equal(gold.nationalTariffCode, '7108120000');
    assert.equal(gold.fineness, 0.95);
    assert.equal(gold.fineMassKg, 24.225);
    assert.equal(gold.partnerCountry, 'CH');
    const mercury = f.record('CustomsDeclaration', 'PE:DAM:118-2024-10-004567').body;
    assert.deepEqual(mercury.flow, { code: 'IMPORT', national: '10' });
    assert.equal(mercury.cifUsd, 47250.5);
    assert.equal(mercury.fineMassKg, undefined);
    assert.deepEqual(f.record('Party', 'PE:RUC:20100938121').body.roles, ['IMPORTER']);
    const impure = f.record('CustomsDeclaration', 'PE:DAM:235-2024-40-012399');
    assert.deepEqual([impure.body.fineness, impure.body.fineMassKg], [undefined, undefined]);
    assert.deepEqual(dropped(impure), ['LEY_MILESIMAS']);
    assert.equal(f.rejected.size, 0);
  });

  it('PE-BIENES-FISCALIZADOS: quantities in kg, litres or units; an unknown unit rejects', async () => {
    const f = await mapFixture('PE-BIENES-FISCALIZADOS');
    const diesel = f.record('InputTransaction', 'PE:INSUMO:10412345679:650001122:05/03/2024:DIESEL').body;
    assert.deepEqual(diesel.declaredQuantity, { value: 55, unit: 'gal' });
    assert.deepEqual(diesel.quantity, { value: 208.19764812, unit: 'L' });
    assert.deepEqual(diesel.monthlyQuota, { value: 1892.705892, unit: 'L' });
    const mercury = f.record('InputTransaction', 'PE:INSUMO:10412345679:650001122:04/03/2024:MERCURIO').body;
    assert.deepEqual(mercury.input, { code: 'MERCURY', national: 'MERCURIO' });
    assert.deepEqual(mercury.quantity, { value: 12.5, unit: 'kg' });
    const blasting = f.records.find((r) => r.id.endsWith(':EXPLOSIVOS'));
    assert.deepEqual(blasting?.body.quantity, { value: 150, unit: 'unit' });
    assert.ok(codes(f.rejected.get(6)).includes('TERM_UNKNOWN'));
  });

  it('PE-PADRON-RUC: taxpayers, their status and legal representatives', async () => {
    const f = await mapFixture('PE-PADRON-RUC');
    const company = f.record('Party', 'PE:RUC:20600452135').body;
    assert.deepEqual(company.status, { code: 'CANCELLED', national: 'BAJA DE OFICIO' });
    assert.deepEqual(company.domicileCondition, { code: 'NOT_LOCATED', national: 'NO HABIDO' });
    const rep = f.record('Party', 'PE:DNI:41234567').body;
    assert.deepEqual(rep.personName, {
      givenNames: 'ROSA ELENA',
      paternalSurname: 'QUISPE',
      maternalSurname: 'MAMANI',
    });
    const link = f.record('Relationship', 'PE:REPRESENTANTE:20603124589:DNI:41234567').body;
    assert.equal(link.subject, 'PE:RUC:20603124589');
    assert.deepEqual(link.interests, [{ type: 'legalRepresentative', directOrIndirect: 'direct' }]);
    assert.equal(f.record('Registration', 'PE:PADRON:20603124589').body.validFrom, '2018-05-02');
    assert.ok(!f.records.some((r) => r.id === 'PE:REPRESENTANTE:10412345679::'));
    const pending = f.record('Party', 'PE:RUC:20609871238');
    assert.equal(pending.body.domicileCondition, undefined);
    assert.deepEqual(dropped(pending), ['CONDICION']);
    assert.equal(f.rejected.size, 0);
  });

  it('PE-BENEFICIARIO-FINAL: owners, direct and indirect interests, share ranges', async () => {
    const f = await mapFixture('PE-BENEFICIARIO-FINAL');
    const foreigner = f.record('Party', 'PE:CE:001234567').body;
    assert.equal(foreigner.name, 'CARLOS ANDRÉS GÓMEZ');
    assert.deepEqual(foreigner.nationalities, ['CO']);
    const indirect = f.record('Relationship', 'PE:BF:20603124589:20600452135:CE:001234567:PROPIEDAD').body;
    assert.deepEqual(indirect.interests, [
      {
        type: 'shareholding',
        national: 'PROPIEDAD',
        via: 'PE:RUC:20600452135',
        directOrIndirect: 'indirect',
        beneficialOwnershipOrControl: true,
        share: { minimum: 25, maximum: 50 },
      },
    ]);
    const direct = f.record('Relationship', 'PE:BF:20603124589::DNI:41234567:PROPIEDAD').body;
    assert.equal(direct.declaredOn, '2024-01-15');
    assert.deepEqual(codes(f.rejected.get(5)), ['SHARE_INVALID']);
  });

  it('PE-COMPRAS: purchases on fine content from a file with a BOM', async () => {
    const f = await mapFixture('PE-COMPRAS');
    const purchase = f.record('MineralTransaction', 'PE:COMPRA:20603124589:10412345679:F001-000123').body;
    assert.equal(purchase.date, '2024-03-05');
    assert.equal(purchase.fineMassKg, 1.12545);
    // The empty fine mass rejects the row; its unknown payment method alone would not have.
    assert.deepEqual(codes(f.rejected.get(4)), ['VALUE_MISSING']);
  });
});
