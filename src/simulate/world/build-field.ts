import { keptDayOf } from '../calendar.js';
import { ASSET_SHARE } from '../options.js';
import type { Rng } from '../rng.js';
import { round6 } from './geography.js';
import type { TrackedAsset } from './field.js';
import type { World } from './world.js';
import type { MiningRight } from './types.js';

const ALLUVIAL = new Set(['MADRE DE DIOS', 'LA PAZ', 'CHOCÓ', 'ANTIOQUIA']);

/** Gives a share of producing mines tracked machinery, and Peruvian mines fuel tankers. */
export function createAssets(world: World, rng: Rng): void {
  for (const right of world.rights) {
    if (!right.mine || right.mine.effects.ghost === true || !rng.chance(ASSET_SHARE)) continue;
    const alluvial = ALLUVIAL.has(right.place.department);
    const type = alluvial
      ? rng.pick(['DRAGA', 'EXCAVADORA'] as const)
      : rng.pick(['EXCAVADORA', 'CAMION'] as const);
    world.assets.push(newAsset(world, right, type, rng));
    if (right.country === 'PE' && rng.chance(0.5)) world.assets.push(newAsset(world, right, 'CISTERNA', rng));
  }
}

/** A tracked asset serving a right, owned by the right's first holder. */
export function newAsset(
  world: World,
  right: MiningRight,
  type: TrackedAsset['type'],
  rng: Rng,
): TrackedAsset {
  const ownerId = right.holderIds[0] ?? '';
  const depot: [number, number] = [
    round6(right.place.lon + rng.between(-0.3, 0.3)),
    round6(right.place.lat + rng.between(-0.3, 0.3)),
  ];
  return {
    deviceId: `GPS-${right.country}-${String(world.assets.length + 1).padStart(6, '0')}`,
    type,
    ref: type === 'CISTERNA' || type === 'CAMION' ? plate(rng, right.country) : `SN-${rng.digits(8)}`,
    ownerId,
    country: right.country,
    rightCode: right.code,
    depot,
  };
}

function plate(rng: Rng, country: string): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const l = (): string => rng.letter(letters);
  if (country === 'PE') return `${l()}${rng.digits(1)}${l()}-${rng.digits(3)}`;
  if (country === 'CO') return `${l()}${l()}${l()}${rng.digits(3)}`;
  if (country === 'EC') return `${l()}${l()}${l()}-${rng.digits(4)}`;
  return `${rng.digits(4)}${l()}${l()}${l()}`;
}

/** Satellite detections inside licensed producing rights: legal activity that a detector must not flag. */
export function createLegalDetections(world: World, rng: Rng): void {
  const first = world.months[0];
  if (!first) return;
  for (const right of world.rights) {
    if (!right.mine || right.mine.effects.ghost === true || !rng.chance(0.15)) continue;
    const month = rng.pick(world.months);
    const half = (right.sideKm / 2 / 111.32) * 0.5;
    world.detections.push({
      alertId: world.newAlertId(month.year),
      lon: round6(right.lon + rng.between(-half, half)),
      lat: round6(right.lat + rng.between(-half, half)),
      on: keptDayOf(month, rng.int(1, 28)),
      areaHa: Math.round(rng.between(0.5, 12) * 100) / 100,
      confidence: Math.round(rng.between(0.6, 0.98) * 100) / 100,
      source: rng.pick(['AMW', 'GLAD', 'RADD']),
      rightCode: right.code,
    });
  }
}
