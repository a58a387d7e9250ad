import { Type, type TSchema } from 'typebox';

/** A text in Spanish and English. */
export const BilingualText = Type.Object({ es: Type.String(), en: Type.String() });

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** A page of a list, as every list in the API answers: the items, how many in all, and the page asked for. */
export function Page<T extends TSchema>(item: T, description: string) {
  return Type.Object({
    items: Type.Array(item, { description }),
    total: Type.Integer({ minimum: 0, description: 'How many items pass the filters, over all pages.' }),
    limit: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
  });
}

/** The paging parameters every list takes. */
export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Items per page, at most 200.' }),
  offset: Type.Integer({ minimum: 0, default: 0, description: 'Items to skip.' }),
};

/** The body of every error answer. */
export const ErrorBody = Type.Object({
  code: Type.String({ description: 'A stable error code, e.g. NOT_FOUND.' }),
  message: Type.String({ description: 'A sentence saying what went wrong and what to do.' }),
});
