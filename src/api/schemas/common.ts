import { Type, type TSchema } from 'typebox';

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** An ISO day, YYYY-MM-DD, that exists in the calendar: 2024-02-30 and 2024-13-45 are refused. */
export const IsoDay = Type.String({ format: 'date', description: 'A day, YYYY-MM-DD.' });

/** An ISO alpha-2 country code. */
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166 alpha-2, e.g. PE.' });

/** Text in Spanish and English. */
export const Bilingual = Type.Object({ es: Type.String(), en: Type.String() });

/** Where a record came from: its layout, file, row and id. */
export const Provenance = {
  layout: Type.String({ description: 'The national layout the file was read as, e.g. PE-COMPRAS.' }),
  file: Type.String({ description: 'The file name as first received.' }),
  row: Type.Integer({
    minimum: 1,
    description: 'Row in the file as a spreadsheet numbers it (the header is row 1).',
  }),
  recordId: Type.String({ description: 'The record’s id within its layout.' }),
};

/** A page of a list: `{items, total, limit, offset}`. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
  });
}

/** The `:id` of an item. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
