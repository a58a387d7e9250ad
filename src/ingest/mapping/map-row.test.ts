import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findProfile, loadProfiles } from '../profiles/load-profiles.js';
import type { RawRow } from '../readers/raw-row.js';
import { comprasRow } from '../testing/compras-file.js';
import { mapRow } from './map-row.js';
import { testRowContext } from './testing/transform-input.js';

const compras = findProfile(loadProfiles(), 'PE-COMPRAS');
const TODAY = '2026-11-26';

const row = comprasRow;

describe('mapRow with the PE-COMPRAS profile', () => {
  it('maps a purchase into a MineralTransaction on fine content, and the seller into a Party', () => {
    const { records, problems } = mapRow(compras, row({}), testRowContext(TODAY));
    assert.deepEqual(problems, []);
    const [purchase, seller] = records;
    assert.equal(purchase?.type, 'MineralTransaction');
    assert.equal(purchase?.id, 'PE:COMPRA:20131312955:10412345679:F001-000123');
    assert.deepEqual(
      { ...purchase?.body },
      {
        recordType: 'MineralTransaction',
        id: 'PE:COMPRA:20131312955:10412345679:F001-000123',
        country: 'PE',
        kind: 'PURCHASE',
        date: '2024-03-05',
        buyer: 'PE:RUC:20131312955',
        seller: 'PE:RUC:10412345679',
        originRight: 'PE:MR:010012318',
        metal: 'AU',
        grossMassKg: 1.2505,
        fineness: 0.9,
        fineMassKg: 1.12545,
        price: { amount: 250000, currency: 'PEN' },
        exchangeRate: 3.75,
        paymentMethod: { code: 'CASH', national: 'EFECTIVO' },
        document: 'F001-000123',
      },
    );
    assert.equal(seller?.type, 'Party');
    assert.equal(seller?.body.name, 'Peña Quispe, Juan');
    assert.deepEqual(seller?.body.identifiers, ['PE:RUC:10412345679']);
    assert.equal(seller?.body.kind, 'PERSON');
  });

  it('keeps a row whose RUC fails its check digit, flagged on that column', () => {
    const { records, problems } = mapRow(
      compras,
      row({ RUC_VENDEDOR: '20131312954' }),
      testRowContext(TODAY),
    );
    assert.deepEqual(problems, []);
    const flag = records[0]?.flags.find((candidate) => candidate.code === 'RUC_CHECK_DIGIT');
    assert.equal(flag?.field, 'RUC_VENDEDOR');
  });

  it('rejects impossible dates, negative and missing fine masses, the fields a purchase needs, naming row and column', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ FECHA: '31/02/2024' }, 'DATE_INVALID', /^Row 9, column FECHA: "31\/02\/2024" is not a real date/],
      [{ PESO_FINO_G: '-3' }, 'QUANTITY_NEGATIVE', /^Row 9, column PESO_FINO_G: -3 is negative/],
      [{ PESO_FINO_G: '' }, 'VALUE_MISSING', /^Row 9, column PESO_FINO_G: a value is required/],
      [{ RUC_COMPRADOR: 'ABC' }, 'IDENTIFIER_EMPTY_VALUE', /^Row 9, column RUC_COMPRADOR: /],
    ];
    for (const [values, code, message] of cases) {
      const { records, problems } = mapRow(compras, row(values, 9), testRowContext(TODAY));
      assert.equal(records.length, 0, code);
      assert.equal(problems[0]?.code, code);
      assert.match(problems[0]?.message ?? '', message);
    }
  });

  it('keeps a purchase whose fineness or payment method is invalid, without that field, flagged', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [
        { LEY_MILESIMAS: '1200' },
        'fineness',
        /^Row 9, LEY_MILESIMAS "1200": left out of fineness.*\(FINENESS_OUT_OF_RANGE\)/,
      ],
      [
        { MEDIO_PAGO: 'TRUEQUE' },
        'paymentMethod',
        /"TRUEQUE" is not a term the PE-COMPRAS crosswalk knows for MEDIO_PAGO.*\(TERM_UNKNOWN\)/,
      ],
    ];
    for (const [values, field, message] of cases) {
      const { records, problems } = mapRow(compras, row(values, 9), testRowContext(TODAY));
      assert.deepEqual(problems, []);
      const [purchase, seller] = records;
      assert.equal(purchase?.body[field], undefined, field);
      assert.equal(purchase?.body.fineMassKg, 1.12545);
      assert.equal(seller?.type, 'Party');
      const [column] = Object.keys(values);
      const flag = purchase?.flags.find((candidate) => candidate.code === 'OPTIONAL_FIELD_DROPPED');
      assert.equal(flag?.field, column);
      assert.equal(flag?.severity, 'WARNING');
      assert.match(flag?.message ?? '', message);
    }
  });

  it('flags dates in the future and implausible masses without rejecting the row', () => {
    const { records } = mapRow(
      compras,
      row({ FECHA: '01/01/2030', PESO_FINO_G: '5000000' }),
      testRowContext(TODAY),
    );
    const codes = records[0]?.flags.map((flag) => flag.code);
    assert.deepEqual(codes?.sort(), ['DATE_IN_FUTURE', 'IMPLAUSIBLE_QUANTITY']);
  });

  it('passes on the problems the reader found', () => {
    const broken: RawRow = {
      ...row({}),
      problems: [{ column: null, code: 'ROW_SHORT', message: 'Row 2 has 3 of 12 columns.' }],
    };
    assert.deepEqual(mapRow(compras, broken, testRowContext(TODAY)), {
      records: [],
      problems: broken.problems,
    });
  });
});
