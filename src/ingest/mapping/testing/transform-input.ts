import type { TransformInput } from '../transform.js';

/** A transform input for unit tests: one row of values, with a layout's conventions. */
export function transformInput(
  values: Record<string, string>,
  overrides: Partial<Omit<TransformInput, 'row'>> = {},
): TransformInput {
  return {
    row: { rowNumber: 2, values, problems: [] },
    layout: 'TEST',
    country: 'PE',
    decimalMark: '.',
    thousandsMark: '',
    dateFormats: ['dd/mm/yyyy'],
    today: '2025-06-30',
    ...overrides,
  };
}
