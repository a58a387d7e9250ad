import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapFixture } from './testing/map-fixture.js';

const codes = (problems: { code: string }[] | undefined): string[] => (problems ?? []).map((p) => p.code);

describe('international layouts on their fixtures', () => {
  it('MIRROR-DOTS: each real row gives the importer and the exporter side', async () => {
    const f = await mapFixture('MIRROR-DOTS');
    const imports = f.record('TradeStatistic', 'DOTS:146:293:TMG_CIF_USD:2017').body;
    assert.deepEqual(
      { reporter: imports.reporter, partner: imports.partner, flow: imports.flow, value: imports.valueUsd },
      { reporter: 'CH', partner: 'PE', flow: 'IMPORT', value: 1513696910.37736 },
    );
    const exports = f.record('TradeStatistic', 'DOTS:293:146:TXG_FOB_USD:2017').body;
    assert.deepEqual(
      { reporter: exports.reporter, partner: exports.partner, flow: exports.flow, value: exports.valueUsd },
      { reporter: 'PE', partner: 'CH', flow: 'EXPORT', value: 2349378668 },
    );
    assert.deepEqual(exports.period, { granularity: 'YEAR', start: '2017-01-01', end: '2017-12-31' });
    assert.ok(f.records.some((r) => r.id === 'DOTS:293:146:TMG_FOB_USD:2017'));
    // Row 6 names an IMF code no country has (999): an unknown country rejects the row.
    assert.ok(codes(f.rejected.get(6)).every((code) => code === 'COUNTRY_UNKNOWN'));
  });

  it('COMTRADE: monthly and annual flows from alpha-3 codes', async () => {
    const f = await mapFixture('COMTRADE');
    const monthly = f.record('TradeStatistic', 'COMTRADE:PER:CHE:X:710812:2024:3').body;
    assert.equal(monthly.netMassKg, 1250.5);
    assert.equal(monthly.valuationBasis, 'FOB');
    assert.deepEqual(monthly.period, { granularity: 'MONTH', start: '2024-03-01', end: '2024-03-31' });
    assert.equal(f.record('TradeStatistic', 'COMTRADE:CHE:PER:M:710812:2024:3').body.valuationBasis, 'CIF');
    const annual = f.record('TradeStatistic', 'COMTRADE:COL:ARE:X:710812:2023:52').body;
    assert.equal(annual.partner, 'AE');
    assert.equal((annual.period as { granularity: string }).granularity, 'YEAR');
    assert.deepEqual(codes(f.rejected.get(5)), ['COUNTRY_UNKNOWN']);
  });

  it('GOLD-PRICE and METAL-PRICE: one reference price per metal and month', async () => {
    const gold = await mapFixture('GOLD-PRICE');
    assert.equal(gold.record('ReferencePrice', 'PRICE:AU:2024-02').body.price, 2023);
    assert.deepEqual(codes(gold.rejected.get(5)), ['PERIOD_INVALID']);
    const metals = await mapFixture('METAL-PRICE');
    assert.equal(metals.records.length, 10);
    assert.equal(metals.record('ReferencePrice', 'PRICE:SN:2024-01').body.perUnit, 't');
    assert.equal(metals.record('ReferencePrice', 'PRICE:AG:2024-02').body.perUnit, 'ozt');
    assert.ok(!metals.records.some((r) => r.id === 'PRICE:SN:2024-02'));
    // A silver price that is no number loses that price only; the month's other metals load.
    assert.ok(!metals.records.some((r) => r.id === 'PRICE:AG:2024-03'));
    const copper = metals.record('ReferencePrice', 'PRICE:CU:2024-03');
    const lost = copper.flags.find((flag) => flag.code === 'RECORD_DROPPED');
    assert.equal(lost?.field, 'Silver_USD_ozt');
    assert.match(
      lost?.message ?? '',
      /^The ReferencePrice .*Row 4, column Silver_USD_ozt: "n\/a" is not a number/,
    );
    assert.equal(metals.rejected.size, 0);
  });

  it('PARTY-RECORDS: canonical ids where the scheme is known, flagged otherwise', async () => {
    const f = await mapFixture('PARTY-RECORDS');
    const pep = f.record('Party', 'PARTY:UIF-PE PEP:P-001').body;
    assert.deepEqual(pep.identifiers, ['PE:DNI:41234567']);
    assert.equal(f.record('Party', 'PARTY:UIF-PE PEP:P-002').body.kind, 'ORGANISATION');
    const sdn = f.record('Party', 'PARTY:OFAC SDN:P-003');
    assert.equal(sdn.body.name, 'John Smith');
    assert.deepEqual(sdn.body.identifiers, []);
    assert.deepEqual(
      sdn.flags.map((flag) => flag.code),
      ['UNUSABLE_SCHEME_UNKNOWN'],
    );
    assert.deepEqual(codes(f.rejected.get(5)), ['TERM_UNKNOWN']);
  });

  it('LAB-ASSAYS: contents per element, isotopes, accreditation; more than pure rejects', async () => {
    const f = await mapFixture('LAB-ASSAYS');
    const dore = f.record('Assay', 'ASSAY:LAB-SGS-CALLAO:S-2024-0001').body;
    assert.equal(dore.accredited, true);
    assert.equal(dore.sampledAt, '2024-03-11T15:00:00.000Z');
    assert.deepEqual(dore.contents, [
      { element: 'AU', value: 950000, unit: 'g/t' },
      { element: 'AG', value: 35000, unit: 'g/t' },
      { element: 'HG', value: 12.5, unit: 'mg/kg' },
    ]);
    assert.deepEqual(dore.leadIsotopes, { pb206_204: 18.62, pb207_204: 15.64, pb208_204: 38.71 });
    assert.equal(f.record('Assay', 'ASSAY:LAB-CERTIMIN:S-2024-0002').body.accredited, false);
    assert.equal(f.record('Assay', 'ASSAY:LAB-ANM-MEDELLIN:S-2024-0003').body.accredited, true);
    assert.deepEqual(codes(f.rejected.get(5)), ['CONTENT_OUT_OF_RANGE']);
  });

  it('GPS-TRACKS: positions in UTC with canonical owners; a timestamp without offset is read in UTC, flagged', async () => {
    const f = await mapFixture('GPS-TRACKS');
    const tanker = f.record('AssetPosition', 'GPS:GPS-0001:2024-03-05T14:20:00-05:00').body;
    assert.equal(tanker.timestamp, '2024-03-05T19:20:00.000Z');
    assert.deepEqual(tanker.assetType, { code: 'TANKER', national: 'CISTERNA' });
    assert.equal(
      f.record('AssetPosition', 'GPS:GPS-0002:2024-03-05T06:00:00Z').body.owner,
      'PE:RUC:10412345679',
    );
    // The layout has no country, so a time that names no zone is read in UTC, and flagged so.
    assert.equal(f.rejected.get(5), undefined);
    const local = f.record('AssetPosition', 'GPS:GPS-0004:2024-03-05 15:00');
    assert.equal(local.body.timestamp, '2024-03-05T15:00:00.000Z');
    assert.deepEqual(
      local.flags.map((flag) => flag.code),
      ['TIMESTAMP_ZONE_ASSUMED'],
    );
  });

  it('SATELLITE-ALERTS and PROTECTED-AREAS: GeoJSON features with global ids', async () => {
    const alerts = await mapFixture('SATELLITE-ALERTS');
    const alert = alerts.record('GeoFeature', 'SAT:AMW-2024-000123').body;
    assert.equal(alert.detectedOn, '2024-02-14');
    assert.equal(alert.confidence, 0.91);
    assert.deepEqual(codes(alerts.rejected.get(3)), ['DATE_INVALID']);
    const areas = await mapFixture('PROTECTED-AREAS');
    const territory = areas.record('GeoFeature', 'AREA:TI-PE-0042').body;
    assert.equal(territory.kind, 'INDIGENOUS_TERRITORY');
    assert.deepEqual(territory.countries, ['PE']);
    assert.equal((territory.geometry as { type: string }).type, 'MultiPolygon');
    assert.deepEqual(codes(areas.rejected.get(4)), ['TERM_UNKNOWN']);
  });
});
