import { keptDayOf } from '../calendar.js';
import type { Rng } from '../rng.js';
import { pointNear } from './geography.js';
import type { World } from './world.js';
import type {
  ByProduct,
  CountryCode,
  MineProfile,
  MiningRight,
  Place,
  RightStatus,
  Stratum,
} from './types.js';

/** Monthly fine-gold output range (grams), fineness range (thousandths) and side (km) per stratum. */
export const STRATUM_PROFILES: Record<
  Stratum,
  {
    readonly grams: readonly [number, number];
    readonly fineness: readonly [number, number];
    readonly sideKm: readonly [number, number];
  }
> = {
  LARGE: { grams: [150_000, 400_000], fineness: [860, 930], sideKm: [5, 9] },
  MEDIUM: { grams: [15_000, 60_000], fineness: [820, 920], sideKm: [2.5, 5] },
  SMALL: { grams: [1_500, 8_000], fineness: [780, 900], sideKm: [1.2, 3] },
  ARTISANAL: { grams: [150, 1_200], fineness: [750, 900], sideKm: [0.5, 1.5] },
  IN_FORMALISATION: { grams: [80, 900], fineness: [720, 880], sideKm: [0.4, 1.2] },
};

/** Approved capacity as a multiple of mean output: clean mines never reach it (output is capped at 1.8x). */
export const CAPACITY_HEADROOM = 2.5;
/** Largest month-to-month output of a clean mine, as a multiple of its mean. */
export const MAX_MONTHLY_SWING = 1.8;

/** What a new right looks like. */
export interface RightSpec {
  readonly country: CountryCode;
  readonly stratum: Stratum;
  readonly place: Place;
  readonly holderIds: string[];
  readonly status: RightStatus;
  readonly producing: boolean;
  readonly mineral?: 'AU' | 'SN' | 'ZN';
}

/** Creates a mining right near its district's centre and, when it produces, its mine. */
export function createRight(world: World, spec: RightSpec, rng: Rng): MiningRight {
  const profile = STRATUM_PROFILES[spec.stratum];
  const [lon, lat] = pointNear(rng, spec.place);
  const code = world.ids.rightCode(spec.country).value;
  const meanG = rng.between(profile.grams[0], profile.grams[1]);
  const right: MiningRight = {
    code,
    country: spec.country,
    name: rightName(rng, spec.place),
    holderIds: spec.holderIds,
    status: spec.status,
    stratum: spec.stratum,
    place: spec.place,
    lon,
    lat,
    sideKm: Math.round(rng.between(profile.sideKm[0], profile.sideKm[1]) * 100) / 100,
    granted: keptDayOf({ year: rng.int(1995, 2020), month: rng.int(1, 12) }, rng.int(1, 28)),
    capacityG: Math.ceil((meanG * CAPACITY_HEADROOM) / 100) * 100,
    mineral: spec.mineral ?? 'AU',
  };
  if (spec.producing) right.mine = createMine(rng, spec, meanG);
  world.addRight(right);
  return right;
}

function createMine(rng: Rng, spec: RightSpec, meanG: number): MineProfile {
  const profile = STRATUM_PROFILES[spec.stratum];
  return {
    monthlyFineG: Math.round(meanG),
    fineness: Math.round(rng.between(profile.fineness[0], profile.fineness[1])),
    byProducts: byProducts(rng, spec),
    buyerIds: [],
    declares: true,
    effects: {},
  };
}

function byProducts(rng: Rng, spec: RightSpec): ByProduct[] {
  if (spec.stratum !== 'LARGE' && spec.stratum !== 'MEDIUM') return [];
  const silver: ByProduct = { metal: 'AG', perGramGold: Math.round(rng.between(1, 6) * 100) / 100 };
  // Polymetallic Peruvian deposits also ship copper concentrate.
  if (spec.country === 'PE' && rng.chance(0.5)) return [silver, { metal: 'CU', perGramGold: 0.0004 }];
  return [silver];
}

const RIGHT_WORDS = [
  'SAN JUAN',
  'ROSA',
  'DORADO',
  'ESPERANZA',
  'FORTUNA',
  'VICTORIA',
  'AURORA',
  'CARMEN',
  'ISABEL',
];

function rightName(rng: Rng, place: Place): string {
  const base = rng.chance(0.5) ? rng.pick(RIGHT_WORDS) : place.district;
  return `${rng.pick(['MINA', 'DERECHO', 'LA', 'NUEVA', 'ACUMULACIÓN'])} ${base} ${rng.int(1, 40)}`;
}

/** Fine grams a mine really produces in a month: its mean times a bounded random swing and the season. */
export function realOutputG(
  mine: MineProfile,
  stratum: Stratum,
  place: Place,
  month: number,
  rng: Rng,
): number {
  const sigma = stratum === 'LARGE' ? 0.05 : stratum === 'MEDIUM' ? 0.1 : 0.25;
  const swing = Math.min(Math.max(rng.spread(sigma), 0.45), MAX_MONTHLY_SWING);
  // Alluvial districts lose output in the rainy season (December to March).
  const alluvial = ['MADRE DE DIOS', 'LA PAZ', 'CHOCÓ'].includes(place.department);
  const season = alluvial && (month === 12 || month <= 3) ? 0.8 : 1;
  return Math.round(mine.monthlyFineG * swing * season);
}
