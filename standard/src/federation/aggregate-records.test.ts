import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_RECORDS } from '../fixtures/records.js';
import type { GeoFeature } from '../records/geo-feature.js';
import type { ProductionDeclaration } from '../records/production-declaration.js';
import { aggregateRecords } from './aggregate-records.js';
import type { AggregateClause } from './agreement-schema.js';

/** A production declaration of a month (yyyy-mm) with the given quantity and fields. */
function declared(
  month: string,
  quantityKg: number,
  fields: Partial<ProductionDeclaration> = {},
): ProductionDeclaration {
  return {
    ...EXAMPLE_RECORDS.ProductionDeclaration,
    id: `PE-PRODUCCION:${month}:${String(quantityKg)}`,
    period: { granularity: 'MONTH', start: `${month}-01`, end: `${month}-28` },
    quantityKg,
    ...fields,
  };
}

const BY_METAL: AggregateClause = {
  aggregate: { by: ['metal'], measures: ['quantityKg', 'declaredValueUsd'], date: 'period.start' },
};

describe('aggregateRecords', () => {
  it('sums exactly where floating point drifts', () => {
    assert.notEqual(0.1 + 0.2, 0.3);
    const totals = aggregateRecords(
      [declared('2024-03', 0.1), declared('2024-03', 0.2), declared('2024-03', 1234567.891)],
      'ProductionDeclaration',
      BY_METAL,
    );
    assert.deepEqual(totals.rows, [
      {
        month: '2024-03',
        by: { metal: 'AU' },
        count: 3,
        measures: { quantityKg: '1234568.191', declaredValueUsd: null },
      },
    ]);
    const small = aggregateRecords(
      [declared('2024-03', 0.1), declared('2024-03', 0.2)],
      'ProductionDeclaration',
      BY_METAL,
    );
    assert.equal(small.rows[0]?.measures['quantityKg'], '0.3');
  });

  it('totals by month of the date field and by each `by` value, months in order', () => {
    const totals = aggregateRecords(
      [
        declared('2024-04', 2, { declaredValueUsd: 150000.5 }),
        declared('2024-03', 1.25),
        declared('2024-04', 0.5, { metal: 'AG' }),
        declared('2024-04', 3, { declaredValueUsd: 200000.25 }),
      ],
      'ProductionDeclaration',
      BY_METAL,
    );
    assert.deepEqual(
      totals.rows.map((row) => [row.month, row.by['metal'], row.count, row.measures]),
      [
        ['2024-03', 'AU', 1, { quantityKg: '1.25', declaredValueUsd: null }],
        ['2024-04', 'AG', 1, { quantityKg: '0.5', declaredValueUsd: null }],
        ['2024-04', 'AU', 2, { quantityKg: '5', declaredValueUsd: '350000.75' }],
      ],
    );
    assert.equal(totals.suppressed, 0);
  });

  it('breaks totals down by nested fields, an absent value as null', () => {
    const clause: AggregateClause = {
      aggregate: {
        by: ['stratum.code', 'royalty.currency'],
        measures: ['royalty.amount'],
        date: 'period.start',
      },
    };
    const totals = aggregateRecords(
      [
        declared('2024-03', 1, { royalty: { amount: 10.1, currency: 'PEN' } }),
        declared('2024-03', 1, { royalty: { amount: 20.2, currency: 'PEN' } }),
        declared('2024-03', 1, { royalty: { amount: 5, currency: 'USD' } }),
        declared('2024-03', 1),
        declared('2024-03', 1, { stratum: undefined, royalty: { amount: 1, currency: 'PEN' } }),
      ],
      'ProductionDeclaration',
      clause,
    );
    assert.deepEqual(
      totals.rows.map((row) => [row.by, row.count, row.measures['royalty.amount']]),
      [
        [{ 'stratum.code': 'SMALL', 'royalty.currency': 'PEN' }, 2, '30.3'],
        [{ 'stratum.code': 'SMALL', 'royalty.currency': 'USD' }, 1, '5'],
        [{ 'stratum.code': 'SMALL', 'royalty.currency': null }, 1, null],
        [{ 'stratum.code': null, 'royalty.currency': 'PEN' }, 1, '1'],
      ],
    );
  });

  it('suppresses cells of fewer records than minCount, counting them, their records in no total', () => {
    const clause: AggregateClause = { aggregate: { ...BY_METAL.aggregate, minCount: 3 } };
    const records = [
      ...[1, 2, 3].map((kg) => declared('2024-03', kg)),
      declared('2024-03', 99, { metal: 'AG' }),
      declared('2024-04', 98),
      declared('2024-04', 97),
    ];
    const totals = aggregateRecords(records, 'ProductionDeclaration', clause);
    assert.deepEqual(
      totals.rows.map((row) => [row.month, row.by['metal'], row.count, row.measures['quantityKg']]),
      [['2024-03', 'AU', 3, '6']],
    );
    assert.equal(totals.suppressed, 2);
    assert.ok(!JSON.stringify(totals).includes('99'));
  });

  it('counts records without the date field apart, in no month', () => {
    const detection = (detectedOn: string | undefined, areaHa: number): GeoFeature => ({
      ...EXAMPLE_RECORDS.GeoFeature,
      detectedOn,
      areaHa,
    });
    const totals = aggregateRecords(
      [detection('2024-04-02', 3.4), detection(undefined, 8), detection('2024-04-20', 0.7)],
      'GeoFeature',
      { aggregate: { by: ['kind'], measures: ['areaHa'], date: 'detectedOn' } },
    );
    assert.deepEqual(totals, {
      rows: [
        { month: '2024-04', by: { kind: 'SATELLITE_DETECTION' }, count: 2, measures: { areaHa: '4.1' } },
      ],
      suppressed: 0,
      undated: 1,
    });
  });

  it('refuses a record of another type than the one named', () => {
    assert.throws(
      () => aggregateRecords([EXAMPLE_RECORDS.Party], 'ProductionDeclaration', BY_METAL),
      TypeError,
    );
  });
});
