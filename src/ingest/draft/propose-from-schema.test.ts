import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { areaCountries } from './area-country.js';
import { nameFit, nearestUnitColumn, proposeFromSchema } from './propose-from-schema.js';
import { periodNamed } from './period-words.js';
import { shapeOf } from './schema-shapes.js';
import { RECORD_SCHEMAS } from '@veta/standard';
import type { DraftField, DraftInput } from './propose-fields.js';

// A sample under a layout the unit crosswalk applies to (its UNIDAD column), as ingestion needs.
const LAYOUT = 'PE-BIENES-FISCALIZADOS';

function input(country: string, ...values: Record<string, string>[]): DraftInput {
  const rows: RawRow[] = values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
  return {
    header: Object.keys(values[0] ?? {}),
    tryRecord: () => ({ failed: 0, records: 0 }),
    context: {
      layout: LAYOUT,
      country,
      conventions: { decimalMark: '.', thousandsMark: '', dateFormats: ['dd/mm/yyyy'] },
      rows,
    },
  };
}

function specs(fields: readonly DraftField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.path, field.spec]));
}

// Peruvian RUCs with valid check digits and mining-right codes (the standard's examples).
const DELIVERIES = [
  {
    F: '04/03/2024',
    RUC_USUARIO: '10412345679',
    CANTIDAD: '12.5',
    UNIDAD: 'KG',
    COD_DESTINO: '650001122',
    CUOTA: '10',
  },
  {
    F: '05/03/2024',
    RUC_USUARIO: '20131312955',
    CANTIDAD: '55',
    UNIDAD: 'GL',
    COD_DESTINO: '010012318',
    CUOTA: '500',
  },
  {
    F: '06/03/2024',
    RUC_USUARIO: '20603124589',
    CANTIDAD: '150',
    UNIDAD: 'UND',
    COD_DESTINO: '540002233',
    CUOTA: '',
  },
];

describe('fields proposed from the standard schema and the values', () => {
  it("fills a delivery's recipient, quantities, quota and destination from columns of their kind", () => {
    const fields = proposeFromSchema('InputTransaction', [], input('PE', ...DELIVERIES), []);
    const proposed = specs(fields);
    assert.deepEqual(proposed.recipient, {
      use: 'identifier',
      column: 'RUC_USUARIO',
      scheme: 'RUC',
      required: true,
    });
    // The declared quantity keeps the file's unit; the standard's quantity is normalised (kg, L, unit).
    assert.deepEqual(proposed.declaredQuantity, {
      use: 'measure',
      column: 'CANTIDAD',
      unitColumn: 'UNIDAD',
      required: true,
    });
    assert.deepEqual(proposed.quantity, {
      use: 'measure',
      column: 'CANTIDAD',
      unitColumn: 'UNIDAD',
      normalise: true,
      required: true,
    });
    assert.deepEqual(proposed.monthlyQuota, {
      use: 'measure',
      column: 'CUOTA',
      unitColumn: 'UNIDAD',
      normalise: true,
    });
    // "Mining right the input is destined for": the mining-right scheme, whose codes have no check digit.
    assert.deepEqual(proposed.destinationRight, { use: 'identifier', column: 'COD_DESTINO', scheme: 'MR' });
    // The date column names no particular date, but the required one takes it, noted as a guess.
    const date = fields.find((field) => field.path === 'date');
    assert.deepEqual(date?.spec, { use: 'date', column: 'F', required: true });
    assert.match(date?.doubt ?? '', /no column is named for it/);
  });

  it('leaves alone what fields already fill, and optional properties no column is named for', () => {
    const spec: FieldSpec & { scheme: string } = { use: 'identifier', column: 'RUC_USUARIO', scheme: 'RUC' };
    const known: DraftField = {
      path: 'recipient',
      spec,
      from: ['X'],
      doubt: undefined,
    };
    const unnamed = DELIVERIES.map(({ F, RUC_USUARIO, CANTIDAD, UNIDAD, COD_DESTINO }) => ({
      F,
      RUC_USUARIO,
      CANTIDAD,
      UNIDAD,
      CODIGO: COD_DESTINO,
    }));
    const proposed = specs(proposeFromSchema('InputTransaction', [], input('PE', ...unnamed), [known]));
    assert.equal(proposed.recipient, undefined);
    // CODIGO could be any code: no word of it says it is the right the input goes to.
    assert.equal(proposed.destinationRight, undefined);
    assert.equal(proposed.monthlyQuota, undefined);
    // Another country's identifiers are no recipient of a Peruvian file's.
    assert.equal(
      specs(proposeFromSchema('InputTransaction', [], input('EC', ...DELIVERIES), [])).recipient,
      undefined,
    );
  });

  it('reads a sum of money from a number column whose header names its currency, and none without', () => {
    const declarations = input(
      'CO',
      { PERIODO: '2024-T1', PRECIO_BASE: '245318.50', REGALIA_COP: '12270534' },
      { PERIODO: '2024-T2', PRECIO_BASE: '250100.00', REGALIA_COP: '294382' },
    );
    const proposed = specs(proposeFromSchema('ProductionDeclaration', [], declarations, []));
    assert.deepEqual(proposed.royalty, { use: 'money', column: 'REGALIA_COP', currency: 'COP' });
    // PRECIO_BASE is the base price, but in which currency the header does not say.
    assert.equal(proposed.basePrice, undefined);
  });

  it('reads a plain number or text only from a header named for the property', () => {
    const declarations = input(
      'PE',
      { VALOR_CIF_USD: '47250.50', CONSIGNATARIO: 'VALCAMBI SA', VALOR: '12', OBSERVACION: 'NINGUNA' },
      { VALOR_CIF_USD: '1250.00', CONSIGNATARIO: 'ARGOR SA', VALOR: '13', OBSERVACION: 'REVISAR' },
    );
    const proposed = specs(proposeFromSchema('CustomsDeclaration', [], declarations, []));
    assert.deepEqual(proposed.cifUsd, { use: 'decimal', column: 'VALOR_CIF_USD', min: 0 });
    assert.deepEqual(proposed.consignee, { use: 'text', column: 'CONSIGNATARIO' });
    // A value, but of what: VALOR names neither the FOB nor the CIF value.
    assert.equal(proposed.fobUsd, undefined);
  });

  it("gives an area placed by its parts the national file's country, and nothing else one", () => {
    const field = (path: string): DraftField => ({
      path,
      spec: { use: 'text', column: 'MUNICIPIO' },
      from: [],
      doubt: undefined,
    });
    assert.deepEqual(
      areaCountries('MineralTransaction', [field('originArea.subregion'), field('date')], 'CO').map(
        (added) => [added.path, added.spec],
      ),
      [['originArea.country', { use: 'const', value: 'CO' }]],
    );
    // Its country already filled, a file of no known country, or no area at all: nothing to add.
    const filled = [field('originArea.subregion'), field('originArea.country')];
    assert.deepEqual(areaCountries('MineralTransaction', filled, 'CO'), []);
    assert.deepEqual(areaCountries('MineralTransaction', [field('originArea.subregion')], undefined), []);
    assert.deepEqual(areaCountries('MineralTransaction', [field('buyerName')], 'CO'), []);
  });

  it("reads a property's shape from the standard's schema, and none for a coded term", () => {
    const delivery: Record<string, unknown> = RECORD_SCHEMAS.InputTransaction.properties;
    assert.equal(shapeOf(delivery.declaredQuantity, 'PE')?.kind, 'quantity');
    assert.deepEqual(shapeOf(delivery.quantity, 'PE'), {
      kind: 'quantity',
      normalised: true,
      period: false,
      description: '',
    });
    // A rate states its period.
    const right: Record<string, unknown> = RECORD_SCHEMAS.MiningRight.properties;
    assert.deepEqual(shapeOf(right.authorisedCapacity, 'CO'), {
      kind: 'quantity',
      normalised: false,
      period: true,
      description: '',
    });
    assert.deepEqual(shapeOf(delivery.destinationRight, 'PE'), {
      kind: 'reference',
      scheme: 'MR',
      description: 'Mining right the input is destined for (canonical identifier or record id).',
    });
    assert.equal(shapeOf(delivery.recipient, 'PE')?.kind, 'reference');
    assert.equal(shapeOf(delivery.input, 'PE'), undefined);
  });

  it('reads a header through the property name, its description, and not the words of its kind', () => {
    assert.equal(nameFit('declaredQuantity', 'CANTIDAD'), 1);
    assert.equal(nameFit('monthlyQuota', 'CANTIDAD'), 0);
    assert.equal(nameFit('recipient', 'RUC_USUARIO', 'User receiving the input'), 0.25);
    const applied = 'Date of the application for the right';
    assert.equal(nameFit('appliedOn', 'FECHA_FORMULACION', applied, ['DATE']), 0.5);
    // FECHA says a date, not which: a registration date is no birth date.
    assert.equal(nameFit('birthDate', 'FECHA_INSCRIPCION', 'Date of birth of a person', ['DATE']), 0);
  });

  it("reads a rate's period from its header, and none from a header naming none or two", () => {
    assert.equal(periodNamed('CAPACIDAD_PTO_G_MES'), 'MONTH');
    assert.equal(periodNamed('PRODUCCION_ANUAL_T'), 'YEAR');
    assert.equal(periodNamed('CAPACIDAD_G'), undefined);
    assert.equal(periodNamed('TOTAL_MES_ANO'), undefined);
  });

  it('pairs a number with the nearest column of units, and a column of other words with none', () => {
    const sample = input(
      'PE',
      { UM: 'KG', BIEN: 'MERCURIO', CANTIDAD: '5', UNIDAD: 'L' },
      { UM: 'T', BIEN: 'DIESEL', CANTIDAD: '6', UNIDAD: 'GL' },
    );
    assert.equal(nearestUnitColumn('CANTIDAD', sample), 'UNIDAD');
    const words = input('PE', { CANTIDAD: '5', BIEN: 'MERCURIO' }, { CANTIDAD: '6', BIEN: 'DIESEL' });
    assert.equal(nearestUnitColumn('CANTIDAD', words), undefined);
  });
});
