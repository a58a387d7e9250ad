import { Type, type Static } from 'typebox';

/** Chemical-symbol codes of the metals and elements the standard reports. */
export const METAL_CODES = ['AU', 'AG', 'CU', 'ZN', 'SN', 'PB', 'W', 'SB', 'HG'] as const;
export const MetalCode = Type.Enum(METAL_CODES, { description: 'Metal or element, by chemical symbol.' });
export type MetalCode = Static<typeof MetalCode>;

/** English names of the metal codes. */
export const METAL_NAMES: Record<MetalCode, string> = {
  AU: 'gold',
  AG: 'silver',
  CU: 'copper',
  ZN: 'zinc',
  SN: 'tin',
  PB: 'lead',
  W: 'tungsten',
  SB: 'antimony',
  HG: 'mercury',
};

/** One traded commodity with its Harmonized System code. */
export interface Commodity {
  readonly code: string;
  readonly hs: string;
  readonly description: string;
  readonly metal?: MetalCode;
}

// HS 2022 subheadings. Headings 2603-2611 have a single subheading (xx.00), so the heading alone
// identifies them in national tariffs; 2617 is split and only antimony (2617.10) matters here.
export const COMMODITIES: readonly Commodity[] = [
  { code: 'GOLD_POWDER', hs: '710811', description: 'Gold, non-monetary, powder', metal: 'AU' },
  {
    code: 'GOLD_UNWROUGHT',
    hs: '710812',
    description: 'Gold, non-monetary, other unwrought forms (doré, bars)',
    metal: 'AU',
  },
  {
    code: 'GOLD_SEMI_MANUFACTURED',
    hs: '710813',
    description: 'Gold, non-monetary, other semi-manufactured forms',
    metal: 'AU',
  },
  { code: 'GOLD_MONETARY', hs: '710820', description: 'Gold, monetary', metal: 'AU' },
  {
    code: 'GOLD_SCRAP',
    hs: '711291',
    description: 'Waste and scrap of gold or metal clad with gold',
    metal: 'AU',
  },
  { code: 'SILVER_ORES', hs: '261610', description: 'Silver ores and concentrates', metal: 'AG' },
  {
    code: 'PRECIOUS_METAL_ORES',
    hs: '261690',
    description: 'Precious-metal ores and concentrates other than silver',
    metal: 'AU',
  },
  { code: 'COPPER_ORES', hs: '260300', description: 'Copper ores and concentrates', metal: 'CU' },
  { code: 'LEAD_ORES', hs: '260700', description: 'Lead ores and concentrates', metal: 'PB' },
  { code: 'ZINC_ORES', hs: '260800', description: 'Zinc ores and concentrates', metal: 'ZN' },
  { code: 'TIN_ORES', hs: '260900', description: 'Tin ores and concentrates', metal: 'SN' },
  { code: 'TUNGSTEN_ORES', hs: '261100', description: 'Tungsten ores and concentrates', metal: 'W' },
  { code: 'ANTIMONY_ORES', hs: '261710', description: 'Antimony ores and concentrates', metal: 'SB' },
  { code: 'MERCURY', hs: '280540', description: 'Mercury', metal: 'HG' },
  { code: 'SODIUM_CYANIDE', hs: '283711', description: 'Sodium cyanide' },
];

/** An HS code of 6 digits; national tariff lines (8-10 digits) start with one. */
export const HsCode = Type.String({
  pattern: '^[0-9]{6}$',
  description: 'Harmonized System subheading, 6 digits.',
});

/** Formats a 6-digit HS code the way tariffs print it: 7108.12. */
export function formatHsCode(hs: string): string {
  return `${hs.slice(0, 4)}.${hs.slice(4, 6)}`;
}

/** Finds the commodity of an HS or national tariff code (dots and spaces ignored, 6-10 digits). */
export function commodityForTariffCode(code: string): Commodity | undefined {
  const digits = code.replace(/[.\s]/g, '');
  if (!/^[0-9]{6,10}$/.test(digits)) return undefined;
  return COMMODITIES.find((commodity) => commodity.hs === digits.slice(0, 6));
}
