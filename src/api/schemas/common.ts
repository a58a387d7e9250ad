import { Type, type TSchema } from 'typebox';

/**
 * The schema pieces every part of the API shares, said once: null-ables, days, countries, bilingual
 * text, provenance, pages and their paging, ids, and the error body.
 */

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** An ISO day, YYYY-MM-DD, that exists in the calendar: 2024-02-30 and 2024-13-45 are refused. */
export const IsoDay = Type.String({ format: 'date', description: 'A day, YYYY-MM-DD.' });

/** An instant, ISO 8601 with its time zone. */
export const Timestamp = Type.String({ format: 'date-time' });

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

/** A page of a list, as every list in the API answers: the items, how many in all, and the page asked for. */
export function Page<T extends TSchema>(item: T, description?: string) {
  return Type.Object({
    items: Type.Array(item, description === undefined ? {} : { description }),
    total: Type.Integer({ minimum: 0, description: 'How many items pass the filters, over all pages.' }),
    limit: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
  });
}

/** The paging parameters of a list: at most `maximum` items a page, `byDefault` when not asked. */
export function pageQuery(maximum: number, byDefault: number) {
  return {
    limit: Type.Integer({
      minimum: 1,
      maximum,
      default: byDefault,
      description: `Items per page, at most ${maximum}.`,
    }),
    offset: Type.Integer({ minimum: 0, default: 0, description: 'Items to skip.' }),
  };
}

/** The paging parameters most lists take: 50 items a page, at most 200. */
export const PageQuery = pageQuery(200, 50);

/** The `:id` of an item. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
