import type { Static } from 'typebox';
import type { Bilingual } from '../rules/rulebook-schema.js';
import { vocabularySchema } from './vocabularies.js';

// The questions a hub may ask a node about what the node keeps home. An agreement lists those it
// allows; a node answers only those, and refuses any other with the agreement's words.

/** The questions an agreement may let the receiving node ask the sending one. */
export const FEDERATION_QUESTIONS = ['IDENTIFIER_REGISTERED', 'EXPORTER_TOTALS'] as const;
export type FederationQuestion = (typeof FEDERATION_QUESTIONS)[number];

/** Each question in Spanish and English, as agreements and screens show it. */
export const FEDERATION_QUESTION_LABELS: Readonly<Record<FederationQuestion, Static<typeof Bilingual>>> = {
  IDENTIFIER_REGISTERED: {
    es: '¿Está este identificador registrado en el país, y en qué registros?',
    en: 'Is this identifier registered in the country, and in which registers?',
  },
  EXPORTER_TOTALS: {
    es: 'Totales mensuales de oro comprado y producido por un exportador',
    en: 'Monthly totals of gold an exporter bought and produced',
  },
};

/** A question as a schema. */
export const FederationQuestion = vocabularySchema(
  FEDERATION_QUESTIONS,
  'A question the receiving node may ask.',
);
