import { Type } from 'typebox';

/**
 * The channels other than money laundering through which a finding can be taken further where
 * illegal mining is not (or not known to be) a predicate offence: a typology names the ones that
 * fit it, a country names who runs each.
 */
export const ALTERNATIVE_CHANNELS = ['tax', 'customs', 'environmental', 'mining'] as const;
export type AlternativeChannel = (typeof ALTERNATIVE_CHANNELS)[number];

/** Every legal channel an alert can be referred through, money laundering first. */
export const LEGAL_CHANNELS = ['money-laundering', ...ALTERNATIVE_CHANNELS] as const;
export type LegalChannel = (typeof LEGAL_CHANNELS)[number];

export const AlternativeChannelSchema = Type.Enum([...ALTERNATIVE_CHANNELS], {
  description: `A channel other than money laundering: ${ALTERNATIVE_CHANNELS.join(', ')}.`,
});

/** What each channel is called, as a referral names it. */
export const CHANNEL_NAMES: Readonly<Record<LegalChannel, { es: string; en: string }>> = {
  'money-laundering': { es: 'vía de lavado de activos', en: 'money-laundering channel' },
  tax: { es: 'vía tributaria', en: 'tax channel' },
  customs: { es: 'vía aduanera', en: 'customs channel' },
  environmental: { es: 'vía ambiental', en: 'environmental channel' },
  mining: { es: 'vía minera', en: 'mining channel' },
};
