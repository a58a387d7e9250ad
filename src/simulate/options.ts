import type { RegionCountry } from '@veta/standard';
import type { Month } from './calendar.js';

/** The three sizes of simulated region. */
export type Scale = 'small' | 'medium' | 'large';

/**
 * How dirty a whole run is (noise.ts). `normal` writes each registry's profile as it always has;
 * `high` (`veta simulate --noise high`) doubles every error probability of every registry.
 */
export type NoiseLevel = 'normal' | 'high';

const NOISE_LEVELS: readonly string[] = ['normal', 'high'] satisfies NoiseLevel[];

/** True for a known noise level name. */
export function isNoiseLevel(value: string): value is NoiseLevel {
  return NOISE_LEVELS.includes(value);
}

/** What to simulate and where to write it. */
export interface SimulateOptions {
  readonly seed: number;
  readonly scale: Scale;
  readonly from: Month;
  readonly to: Month;
  readonly outDir: string;
  /** False writes the clean world only (no planted schemes), for conservation tests. */
  readonly plantSchemes?: boolean;
  /** How dirty every registry writes (noise.ts); normal when not given. */
  readonly noise?: NoiseLevel;
}

/** How many actors of each kind one country has at a scale. */
export interface CountryCounts {
  readonly large: number;
  readonly medium: number;
  readonly small: number;
  readonly artisanal: number;
  readonly formalising: number;
  readonly dormant: number;
  readonly traders: number;
  readonly plants: number;
  readonly exporters: number;
  readonly panners: number;
  readonly baseMetal: number;
}

const SMALL_COUNTS: Readonly<Record<RegionCountry, CountryCounts>> = {
  PE: {
    large: 2,
    medium: 4,
    small: 18,
    artisanal: 25,
    formalising: 45,
    dormant: 30,
    traders: 6,
    plants: 2,
    exporters: 4,
    panners: 0,
    baseMetal: 0,
  },
  CO: {
    large: 1,
    medium: 3,
    small: 14,
    artisanal: 20,
    formalising: 12,
    dormant: 20,
    traders: 0,
    plants: 0,
    exporters: 5,
    panners: 110,
    baseMetal: 0,
  },
  EC: {
    large: 1,
    medium: 3,
    small: 14,
    artisanal: 20,
    formalising: 0,
    dormant: 12,
    traders: 4,
    plants: 2,
    exporters: 4,
    panners: 0,
    baseMetal: 0,
  },
  BO: {
    large: 0,
    medium: 3,
    small: 12,
    artisanal: 30,
    formalising: 0,
    dormant: 15,
    traders: 5,
    plants: 0,
    exporters: 4,
    panners: 0,
    baseMetal: 10,
  },
};

const FACTORS: Record<Scale, number> = { small: 1, medium: 20, large: 200 };

/** Actor counts of a country at a scale: most grow with the scale, large mines only with its root. */
export function countsFor(country: RegionCountry, scale: Scale): CountryCounts {
  const base = SMALL_COUNTS[country];
  const factor = FACTORS[scale];
  const root = Math.sqrt(factor);
  const times = (n: number, f: number): number => Math.round(n * f);
  return {
    large: times(base.large, root),
    medium: times(base.medium, root),
    small: times(base.small, factor),
    artisanal: times(base.artisanal, factor),
    formalising: times(base.formalising, factor),
    dormant: times(base.dormant, factor),
    traders: times(base.traders, factor),
    plants: times(base.plants, factor),
    exporters: times(base.exporters, root),
    panners: times(base.panners, factor),
    baseMetal: times(base.baseMetal, factor),
  };
}

/** True for a known scale name. */
export function isScale(value: string): value is Scale {
  return value in FACTORS;
}

/** Tracked assets (GPS devices) per producing mine at any scale. */
export const ASSET_SHARE = 0.25;
