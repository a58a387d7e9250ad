import type { Static } from 'typebox';
import type { Bilingual } from '../rules/rulebook-schema.js';
import { vocabularySchema } from './vocabularies.js';

// The purposes a data-sharing agreement may name. An agreement shares records for stated purposes
// only (the purpose-limitation principle of every data-protection law of the region), so the hub
// can refuse a use the sending country never agreed to.

/** The purposes a country may share records with a hub for. */
export const SHARING_PURPOSES = [
  'CROSS_BORDER_DETECTION',
  'JOINT_INVESTIGATION',
  'STATISTICS',
  'FIU_COOPERATION',
] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

/** Each purpose's name in Spanish and English, as agreements and screens show it. */
export const SHARING_PURPOSE_LABELS: Readonly<Record<SharingPurpose, Static<typeof Bilingual>>> = {
  CROSS_BORDER_DETECTION: {
    es: 'Detección transfronteriza de flujos de oro ilegal',
    en: 'Cross-border detection of illegal gold flows',
  },
  JOINT_INVESTIGATION: {
    es: 'Investigación conjunta entre autoridades',
    en: 'Joint investigation between authorities',
  },
  STATISTICS: { es: 'Estadísticas regionales', en: 'Regional statistics' },
  FIU_COOPERATION: {
    es: 'Cooperación entre unidades de inteligencia financiera',
    en: 'Cooperation between financial intelligence units',
  },
};

/** A sharing purpose as a schema. */
export const SharingPurpose = vocabularySchema(SHARING_PURPOSES, 'Purpose the records are shared for.');
