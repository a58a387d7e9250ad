import { headerWords } from './column-names.js';

// The words a header names a rate's period with (CAPACIDAD_G_MES, PRODUCCION_ANUAL_T), Spanish and
// English, by the standard's period granularities. PERIODO alone names no length.
const PERIOD_WORDS: Readonly<Record<string, string>> = {
  DIA: 'DAY',
  DIARIO: 'DAY',
  DIARIA: 'DAY',
  DAY: 'DAY',
  DAILY: 'DAY',
  MES: 'MONTH',
  MENSUAL: 'MONTH',
  MONTH: 'MONTH',
  MONTHLY: 'MONTH',
  TRIMESTRE: 'QUARTER',
  TRIMESTRAL: 'QUARTER',
  QUARTER: 'QUARTER',
  QUARTERLY: 'QUARTER',
  SEMESTRE: 'HALF_YEAR',
  SEMESTRAL: 'HALF_YEAR',
  ANO: 'YEAR',
  ANIO: 'YEAR',
  ANUAL: 'YEAR',
  YEAR: 'YEAR',
  ANNUAL: 'YEAR',
  YEARLY: 'YEAR',
};

/** The period a header names, when it names exactly one. */
export function periodNamed(column: string): string | undefined {
  const periods = new Set(headerWords(column).flatMap((word) => PERIOD_WORDS[word] ?? []));
  const [only] = periods;
  return periods.size === 1 ? only : undefined;
}
