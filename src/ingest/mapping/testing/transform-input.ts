import { DEFAULT_READ_LIMITS } from '../../readers/read-limits.js';
import type { RowContext, TransformInput } from '../transform.js';

/** A transform input for unit tests: one row of values, with a layout's conventions. */
export function transformInput(
  values: Record<string, string>,
  overrides: Partial<Omit<TransformInput, 'row'>> = {},
): TransformInput {
  return {
    row: { rowNumber: 2, values, problems: [] },
    layout: 'TEST',
    country: 'PE',
    declaredDecimalMark: '.',
    dateFormats: ['dd/mm/yyyy'],
    timeZone: 'America/Lima',
    today: '2025-06-30',
    file: 'TEST.csv',
    limits: DEFAULT_READ_LIMITS,
    columns: {},
    numberMarks: {},
    crosswalks: {},
    ...overrides,
  };
}

/** A row context for unit tests: the given day, a test file name and the default bounds. */
export function testRowContext(today: string): RowContext {
  return { today, file: 'TEST.csv', limits: DEFAULT_READ_LIMITS };
}
