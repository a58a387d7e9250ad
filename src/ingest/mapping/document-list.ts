import { Type } from 'typebox';
import type { QualityFlag } from '@veta/standard';
import { documentTransform } from './names.js';
import { cell, EMPTY, listItems, value, withItem, type TransformDefinition } from './transform.js';

const DocumentListParams = Type.Object(
  {
    use: Type.Literal('document-list'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    separator: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/**
 * The canonical ids of a list of parties written 'NIT 900123456-7 NAME | CC 12345678 NAME' in one
 * cell (the holders of a Colombian title); any element that cannot be read rejects the row.
 */
export const documentListTransform: TransformDefinition<typeof DocumentListParams> = {
  name: 'document-list',
  summary: "The canonical ids of a list of 'SCHEME NUMBER NAME' parties in one cell.",
  params: DocumentListParams,
  run(params, input) {
    const items = listItems(cell(input, params.column), params.separator);
    if (items.length === 0) return EMPTY;
    const ids: unknown[] = [];
    const flags: QualityFlag[] = [];
    for (const item of items) {
      const id = documentTransform.run(
        { use: 'document', column: '$item', part: 'id' },
        withItem(input, item),
      );
      if (!id.ok) return id;
      ids.push(id.value);
      flags.push(...(id.flags ?? []));
    }
    return value(ids, flags);
  },
};
