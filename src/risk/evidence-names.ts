import type { Bilingual } from '../detect/alert.js';
import { builtinCatalogue, type Catalogue } from '../detect/catalogue/catalogue.js';
import { isSignalCode, type SignalCode } from './risk-weights-schema.js';

/** Each signal's name in both languages, for reasons and the analyst's view. */
export const SIGNAL_NAMES: Readonly<Record<SignalCode, Bilingual>> = {
  IDENTIFIER_CHECK_DIGIT: {
    es: 'identificador con dígito verificador inválido',
    en: 'identifier failing its check digit',
  },
  SHARED_ADDRESS: {
    es: 'domicilio compartido con otras empresas',
    en: 'address shared with other companies',
  },
  NOT_LOCATED_OR_CLOSED: {
    es: 'empresa no hallada en su domicilio o dada de baja',
    en: 'company not located at its address or closed',
  },
  OWNED_THROUGH_INTERMEDIARY: {
    es: 'propiedad a través de una empresa intermediaria',
    en: 'owned through an intermediary company',
  },
  INTERMEDIARY_OWNERS_UNDECLARED: {
    es: 'intermediaria sin dueños declarados',
    en: 'intermediary with no declared owners',
  },
  RIGHT_OVERLAP: { es: 'superposición con otro derecho', en: 'overlaps another right' },
  AREA_DIFFERS_FROM_DECLARED: {
    es: 'área distinta de la declarada',
    en: 'area unlike the declared hectares',
  },
  GEOMETRY_SELF_INTERSECTION: { es: 'polígono que se cruza a sí mismo', en: 'boundary crossing itself' },
  SELLERS_INVALID_ID: {
    es: 'compras a vendedores con identificador inválido',
    en: 'purchases from sellers with invalid identifiers',
  },
  PURCHASES_WITHOUT_ORIGIN: { es: 'compras sin origen declarado', en: 'purchases naming no origin' },
  SUPPLY_FROM_ALERTED_RIGHTS: {
    es: 'oro comprado a derechos con alertas graves',
    en: 'gold bought from rights with serious alerts',
  },
};

/** The name of a typology or signal code in both languages; the code itself when it is neither. */
export function evidenceName(code: string, catalogue: Catalogue = builtinCatalogue()): Bilingual {
  if (isSignalCode(code)) return SIGNAL_NAMES[code];
  const typology = catalogue.typologies.find((candidate) => candidate.code === code);
  return typology ? { es: typology.name.es, en: typology.name.en } : { es: code, en: code };
}
