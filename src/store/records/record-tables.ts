import type { RecordTypeName } from '@veta/standard';

/**
 * Where each record type is stored, and how its typed columns are read out of the record body
 * (SQL over the jsonb `b`). The columns are declared in migrations/0002_records.sql; a test loads
 * an example of every type through these expressions, so the two cannot drift apart unnoticed.
 */
export interface RecordTable {
  table: string;
  columns: Readonly<Record<string, string>>;
}

const text = (path: string): string => `b #>> '{${path}}'`;
const num = (path: string): string => `(b #>> '{${path}}')::numeric`;
const day = (path: string): string => `(b #>> '{${path}}')::date`;
const textArray = (path: string): string =>
  `ARRAY(SELECT jsonb_array_elements_text(coalesce(b #> '{${path}}', '[]'::jsonb)))`;

export const RECORD_TABLES: Readonly<Record<RecordTypeName, RecordTable>> = {
  Party: {
    table: 'party',
    columns: { kind: text('kind'), name: text('name'), identifiers: textArray('identifiers') },
  },
  Relationship: {
    table: 'relationship',
    columns: {
      subject: text('subject'),
      interested_party: text('interestedParty'),
      interest_types: `ARRAY(SELECT i->>'type' FROM jsonb_array_elements(b->'interests') AS i)`,
    },
  },
  MiningRight: {
    table: 'mining_right',
    columns: {
      code: text('code'),
      legal_status: text('legalStatus,code'),
      stratum: text('stratum,code'),
      area_ha: num('areaHa'),
      holders: textArray('holders'),
    },
  },
  Registration: {
    table: 'registration',
    columns: {
      register: text('register'),
      party: text('party'),
      class: text('class,code'),
      status: text('status,code'),
      mining_right: text('miningRight'),
    },
  },
  ProductionDeclaration: {
    table: 'production_declaration',
    columns: {
      declarant: text('declarant'),
      mining_right: text('miningRight'),
      period_start: day('period,start'),
      period_end: day('period,end'),
      metal: text('metal'),
      quantity_kg: num('quantityKg'),
      quantity_is_fine: `(b->>'quantityIsFine')::boolean`,
    },
  },
  MineralTransaction: {
    table: 'mineral_transaction',
    columns: {
      date: day('date'),
      buyer: text('buyer'),
      seller: text('seller'),
      origin_right: text('originRight'),
      metal: text('metal'),
      gross_mass_kg: num('grossMassKg'),
      fine_mass_kg: num('fineMassKg'),
    },
  },
  CustomsDeclaration: {
    table: 'customs_declaration',
    columns: {
      flow: text('flow,code'),
      date: day('date'),
      declarant: text('declarant'),
      hs_code: text('hsCode'),
      partner_country: text('partnerCountry'),
      net_mass_kg: num('netMassKg'),
      fine_mass_kg: num('fineMassKg'),
      fob_usd: num('fobUsd'),
    },
  },
  TradeStatistic: {
    table: 'trade_statistic',
    columns: {
      reporter: text('reporter'),
      partner: text('partner'),
      flow: text('flow'),
      period_start: day('period,start'),
      period_end: day('period,end'),
      hs_code: text('hsCode'),
      value_usd: num('valueUsd'),
      net_mass_kg: num('netMassKg'),
    },
  },
  InputTransaction: {
    table: 'input_transaction',
    columns: {
      date: day('date'),
      recipient: text('recipient'),
      input: text('input,code'),
      quantity: num('quantity,value'),
      quantity_unit: text('quantity,unit'),
      destination_right: text('destinationRight'),
    },
  },
  Assay: {
    table: 'assay',
    columns: { sample_id: text('sampleId'), lot_reference: text('lotReference'), lab: text('lab') },
  },
  GeoFeature: {
    table: 'geo_feature',
    columns: { kind: text('kind'), detected_on: day('detectedOn'), area_ha: num('areaHa') },
  },
  AssetPosition: {
    table: 'asset_position',
    columns: {
      device_id: text('deviceId'),
      owner: text('owner'),
      authorised_destination: text('authorisedDestination'),
      at: `(b->>'timestamp')::timestamptz`,
      latitude: `(b->>'latitude')::double precision`,
      longitude: `(b->>'longitude')::double precision`,
    },
  },
  ReferencePrice: {
    table: 'reference_price',
    columns: {
      metal: text('metal'),
      period_start: day('period,start'),
      period_end: day('period,end'),
      price: num('price'),
      currency: text('currency'),
      per_unit: text('perUnit'),
    },
  },
};
