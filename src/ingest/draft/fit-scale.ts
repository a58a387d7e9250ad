import { columnWordConcept, parseNumber } from '@veta/standard';
import { headerWords } from './column-names.js';

export type FinenessScale = 'FRACTION' | 'PERCENT' | 'THOUSANDTHS';

// Words that name a fineness's scale outright (LEY_PORCENTAJE, LEY_MILESIMAS).
const THOUSANDTHS_WORDS: ReadonlySet<string> = new Set(['MILESIMAS', 'MILESIMA', 'THOUSANDTHS', 'PERMIL']);

/**
 * The scale a fineness column is written in: the one its header names (a share word, PORCENTAJE
 * or PCT, says percent), else the one its values' middle value allows: a fraction never passes 1, a
 * fineness in thousandths is above 100 but for the poorest ores (850, 999.9), and what lies
 * between is percent.
 * Undefined when the values are no numbers.
 */
export function fitScale(
  header: string,
  values: readonly string[],
  decimalMark: '.' | ',',
): FinenessScale | undefined {
  const words = headerWords(header);
  if (words.some((word) => THOUSANDTHS_WORDS.has(word))) return 'THOUSANDTHS';
  if (words.some((word) => columnWordConcept(word) === 'share')) return 'PERCENT';
  const numbers = values.flatMap((text) => {
    const read = parseNumber(text, { decimalMark, settled: true });
    return read.ok ? [read.value.value] : [];
  });
  if (numbers.length === 0 || numbers.length < values.length / 2) return undefined;
  // The middle value, as a file's own bad rows (a fineness of 1.2) must not decide its scale.
  const middle = [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
  return middle <= 1 ? 'FRACTION' : middle <= 100 ? 'PERCENT' : 'THOUSANDTHS';
}
