import { formatDecimal, parseDecimal, type Decimal } from '../decimal.js';
import type { RecordTypeName, StandardRecord } from '../records/catalogue.js';
import type { AggregateClause } from './agreement-schema.js';
import { readField } from './field-paths.js';

/** A value totals are broken down by; null where a record does not have the field. */
export type GroupValue = string | number | boolean | null;

/** One month's total of the records alike in every `by` field. */
export interface AggregateRow {
  /** yyyy-mm, the month of the records' date field. */
  readonly month: string;
  readonly by: Readonly<Record<string, GroupValue>>;
  readonly count: number;
  /**
   * Each measure's exact sum as a decimal string (a JS number cannot hold every exact sum), or
   * null where no record of the cell has the measure.
   */
  readonly measures: Readonly<Record<string, string | null>>;
}

/** The totals an aggregate clause shares, and what it kept back. */
export interface Aggregation {
  readonly rows: readonly AggregateRow[];
  /** Cells with fewer records than the clause's minCount, left out. */
  readonly suppressed: number;
  /** Records without the date field, in no month and so in no total. */
  readonly undated: number;
}

interface Cell {
  readonly month: string;
  readonly by: Record<string, GroupValue>;
  count: number;
  readonly sums: (Decimal | undefined)[];
}

/**
 * Monthly totals of records under an aggregate clause: the count and exact sums of the measures
 * by month and `by` fields; cells of fewer than `minCount` records are suppressed, counted only.
 */
export function aggregateRecords(
  records: Iterable<StandardRecord>,
  recordType: RecordTypeName,
  clause: AggregateClause,
): Aggregation {
  const { by, measures, date, minCount = 1 } = clause.aggregate;
  const cells = new Map<string, Cell>();
  let undated = 0;
  for (const record of records) {
    if (record.recordType !== recordType)
      throw new TypeError(`A ${record.recordType} record was aggregated as a ${recordType}`);
    const month = monthOf(readField(record, date));
    if (month === undefined) {
      undated += 1;
      continue;
    }
    const cell = cellOf(
      cells,
      month,
      by.map((path) => [path, groupValue(readField(record, path))]),
    );
    cell.count += 1;
    measures.forEach((path, i) => {
      const value = readField(record, path);
      const amount = typeof value === 'number' ? parseDecimal(value) : undefined;
      if (amount !== undefined) cell.sums[i] = add(cell.sums[i], amount);
    });
  }
  const kept = [...cells.entries()].filter(([, cell]) => cell.count >= minCount);
  const rows = kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => row(cell, measures));
  return { rows, suppressed: cells.size - kept.length, undated };
}

/** The cell of a month and values of the `by` fields, created empty on first use. */
function cellOf(cells: Map<string, Cell>, month: string, by: readonly [string, GroupValue][]): Cell {
  const key = JSON.stringify([month, ...by.map(([, value]) => value)]);
  let cell = cells.get(key);
  if (cell === undefined) {
    cell = { month, by: Object.fromEntries(by), count: 0, sums: [] };
    cells.set(key, cell);
  }
  return cell;
}

function row(cell: Cell, measures: readonly string[]): AggregateRow {
  const sums = measures.map((path, i) => {
    const sum = cell.sums[i];
    return [path, sum === undefined ? null : formatDecimal(sum)] as const;
  });
  return { month: cell.month, by: cell.by, count: cell.count, measures: Object.fromEntries(sums) };
}

// A date or a timestamp: its first seven characters are the month as the record writes it, in
// the record's own offset, the month its country's agencies count it in.
function monthOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : undefined;
}

function groupValue(value: unknown): GroupValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

// Decimals are added at the finer of the two scales, so no digit is ever rounded away.
function add(sum: Decimal | undefined, amount: Decimal): Decimal {
  if (sum === undefined) return amount;
  const scale = Math.max(sum.scale, amount.scale);
  const digits =
    sum.digits * 10n ** BigInt(scale - sum.scale) + amount.digits * 10n ** BigInt(scale - amount.scale);
  return { digits, scale };
}
