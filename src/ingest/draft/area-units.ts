import { headerWords } from './column-names.js';
import type { SpecParams } from './precedents.js';
import type { FieldSpec } from '../profiles/profile.js';

/** A national unit of area that mining registers count rights in, with its size in hectares. */
interface AreaUnit {
  country: string;
  words: readonly string[];
  hectares: number;
  source: string;
}

// Words that name hectares in a header (HECTAREAS, AREA_HA).
const HECTARE_WORDS: ReadonlySet<string> = new Set(['HA', 'HECTAREA', 'HECTAREAS', 'HECTARES']);

const AREA_UNITS: readonly AreaUnit[] = [
  {
    country: 'BO',
    words: ['CUADRICULA', 'CUADRICULAS'],
    hectares: 25,
    source: 'Ley 535 de Minería y Metalurgia (2014), art. 15: the cuadrícula minera of 25 hectares',
  },
  {
    country: 'PE',
    words: ['CUADRICULA', 'CUADRICULAS'],
    hectares: 100,
    source: 'TUO de la Ley General de Minería (D.S. 014-92-EM), art. 11: units of 100 hectares',
  },
];

/**
 * A spec of an area in hectares fitted to a column that counts its country's units of area: the
 * count times the unit's hectares. Undefined when the column counts units of a size the table
 * does not know for the file's country, as reading a count of them as hectares would be wrong.
 */
export function inHectares(
  spec: FieldSpec,
  main: string,
  column: string,
  country: string | undefined,
): FieldSpec | undefined {
  const named = unitsNamed(column);
  const params: SpecParams = spec;
  // A precedent that counts units multiplies by their size in its own country: neither hectares
  // nor another country's units are read so.
  if (unitsNamed(main).length > 0) {
    const unit = named.find((candidate) => candidate.country === country);
    if (!unit || params.use !== 'decimal') return undefined;
    const ownSize: SpecParams = { ...params, multiply: unit.hectares };
    return ownSize;
  }
  if (named.length === 0 || !headerWords(main).some((word) => HECTARE_WORDS.has(word))) return spec;
  const unit = named.find((candidate) => candidate.country === country);
  if (!unit || params.use !== 'decimal') return undefined;
  const multiply = typeof params.multiply === 'number' ? params.multiply : 1;
  const counted: SpecParams = { ...params, multiply: multiply * unit.hectares };
  return counted;
}

function unitsNamed(header: string): AreaUnit[] {
  const words = headerWords(header);
  return AREA_UNITS.filter((unit) => unit.words.some((word) => words.includes(word)));
}
