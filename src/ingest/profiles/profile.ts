import { Type, type Static } from 'typebox';

// The shape of a mapping profile file (YAML or JSON). A profile is data: adding a national layout
// means writing one of these, never code. docs/ingestion.md explains every part.

const Column = Type.String({ minLength: 1, description: 'A source column, or $item inside an each-list.' });

/** One way to compute a record field from a row: `use` names the transform, the rest configures it. */
export const FieldSpec = Type.Object(
  {
    use: Type.String({ minLength: 1, description: 'Transform name, e.g. date, decimal, identifier.' }),
    column: Type.Optional(Column),
    required: Type.Optional(
      Type.Boolean({
        description: 'An empty or invalid value rejects the row (otherwise it is dropped, flagged).',
      }),
    ),
  },
  { additionalProperties: true },
);
export type FieldSpec = Static<typeof FieldSpec>;

/** How one row becomes one record (or one record per element of a list column). */
export const RecordMapping = Type.Object(
  {
    type: Type.String({ minLength: 1, description: 'Record type of the standard, e.g. MineralTransaction.' }),
    id: FieldSpec,
    when: Type.Optional(
      Type.Array(Column, {
        description: 'Only when all these hold: COLUMN has a value, COLUMN=VALUE has that value.',
      }),
    ),
    each: Type.Optional(
      Type.Object(
        { column: Column, separator: Type.String({ minLength: 1 }) },
        { additionalProperties: false, description: 'One record per element of a list column ($item).' },
      ),
    ),
    fields: Type.Record(Type.String(), FieldSpec),
  },
  { additionalProperties: false },
);
export type RecordMapping = Static<typeof RecordMapping>;

export const FileFormat = Type.Object(
  {
    type: Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('geojson')]),
    encoding: Type.Optional(
      Type.Union([Type.Literal('utf-8'), Type.Literal('windows-1252'), Type.Literal('latin1')]),
    ),
    delimiter: Type.Optional(Type.String({ minLength: 1, maxLength: 1 })),
    decimalMark: Type.Optional(Type.Union([Type.Literal('.'), Type.Literal(',')])),
    thousandsMark: Type.Optional(Type.Union([Type.Literal('.'), Type.Literal(','), Type.Literal('')])),
    dateFormats: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
    sheet: Type.Optional(Type.String({ description: 'XLSX sheet to read; the layout id by default.' })),
  },
  { additionalProperties: false },
);
export type FileFormat = Static<typeof FileFormat>;

/** A mapping profile: how to recognise, read and map one national layout. */
export const Profile = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Z][A-Z0-9-]*$', description: 'Layout id, e.g. PE-COMPRAS.' }),
    title: Type.String({ minLength: 1 }),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'Country of the agency.' })),
    agency: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'The agency that owns the layout, e.g. UIAF: its batches are shown only to its users and to users of no agency.',
      }),
    ),
    format: FileFormat,
    fileName: Type.String({ minLength: 1, description: 'Regular expression the file name matches.' }),
    required: Type.Array(Type.String({ minLength: 1 }), { description: 'Columns the file must have.' }),
    synonyms: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }), {
        description:
          'Other names a column goes by in some files: { FECHA_EMISION: [FECHA DOC, F_EMISION] }. Names are compared after folding case, accents, spaces and punctuation.',
      }),
    ),
    crosswalks: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 }), {
        description:
          "The standard's crosswalk each coded column is read through: { SUSTANCIA: substance }. Columns the crosswalks' appliesTo already name need none; a new layout names its own here, without a change to the standard.",
      }),
    ),
    records: Type.Array(RecordMapping, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Profile = Static<typeof Profile>;
