import { Type, type Static } from 'typebox';

/** Where a record came from: enough to find the exact source row again and to prove the file unchanged. */
export const Provenance = Type.Object(
  {
    sourceFile: Type.Object(
      {
        name: Type.String({ minLength: 1, description: 'File name as received.' }),
        sha256: Type.String({
          pattern: '^[0-9a-f]{64}$',
          description: 'SHA-256 of the file bytes, lower-case hex.',
        }),
      },
      { additionalProperties: false },
    ),
    layout: Type.String({
      minLength: 1,
      description: 'Layout (profile) id the file was read with, e.g. PE-DAM.',
    }),
    row: Type.Integer({
      minimum: 1,
      description:
        'Row number as a spreadsheet shows it (the header is row 1, so data start at 2), or the feature number in a GeoJSON file.',
    }),
    batchId: Type.String({ minLength: 1, description: 'Identifier of the ingestion batch.' }),
    raw: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The source values exactly as read, by column name, including unknown columns.',
    }),
  },
  { additionalProperties: false, description: 'Provenance of the record.' },
);
export type Provenance = Static<typeof Provenance>;
