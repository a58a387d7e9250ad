import { COMMODITIES, METAL_CODES, METAL_NAMES, formatHsCode } from './codes/commodities.js';
import { listCountries } from './codes/countries.js';
import { VOCABULARIES } from './codes/vocabularies.js';
import { listCrosswalks } from './crosswalks.js';
import { listLegalForms } from './names/legal-forms.js';
import { UNITS } from './units.js';

/** A code list as a table, the shape both the JSON/CSV export and the documentation use. */
export interface CodeListTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Every code list of the standard, as tables. */
export function listCodeLists(): CodeListTable[] {
  return [
    {
      name: 'countries',
      description:
        'Countries: ISO 3166 codes, IMF DOTS codes and Spanish names as written in national files.',
      columns: ['alpha2', 'alpha3', 'imf', 'nameEn', 'nameEs', 'aliasesEs'],
      rows: listCountries().map((c) => [
        c.alpha2,
        c.alpha3,
        c.imf,
        c.nameEn,
        c.nameEs,
        c.aliasesEs.join('; '),
      ]),
    },
    {
      name: 'commodities',
      description: 'Commodities with their Harmonized System subheadings.',
      columns: ['code', 'hs', 'hsFormatted', 'metal', 'description'],
      rows: COMMODITIES.map((c) => [c.code, c.hs, formatHsCode(c.hs), c.metal ?? '', c.description]),
    },
    {
      name: 'metals',
      description: 'Metals and elements by chemical symbol.',
      columns: ['code', 'name'],
      rows: METAL_CODES.map((code) => [code, METAL_NAMES[code]]),
    },
    {
      name: 'units',
      description: 'Units of measure with exact factors to the base unit of their dimension (g, L, unit).',
      columns: ['code', 'name', 'dimension', 'toBase'],
      rows: UNITS.map((u) => [u.code, u.name, u.dimension, u.toBase]),
    },
    {
      name: 'legal-forms',
      description: 'Entity legal forms (ISO 20275, GLEIF ELF list) of Peru, Colombia, Ecuador and Bolivia.',
      columns: ['elfCode', 'country', 'name', 'abbreviation'],
      rows: listLegalForms().map((f) => [f.elfCode, f.country, f.name, f.abbreviation ?? '']),
    },
    ...VOCABULARIES.map((vocabulary) => ({
      name: kebab(vocabulary.name),
      description: vocabulary.description,
      columns: ['code'],
      rows: vocabulary.values.map((code) => [code]),
    })),
    {
      name: 'crosswalk-terms',
      description: 'National terms and the harmonised codes they map to, by crosswalk.',
      columns: ['crosswalk', 'vocabulary', 'term', 'code', 'note'],
      rows: listCrosswalks().flatMap((cw) =>
        cw.terms.map((t) => [cw.id, cw.vocabulary, t.term, t.code, t.note ?? '']),
      ),
    },
  ];
}

function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
