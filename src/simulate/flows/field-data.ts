import { dayOf, isoDay } from '../calendar.js';
import { emitRow } from '../emit/emitter.js';
import { canonicalId } from '../world/identifiers.js';
import { round6, squareRing } from '../world/geography.js';
import { areaRing, PROTECTED_AREAS } from '../world/protected-areas.js';
import { transactionId } from './parties-in-files.js';
import type { TrackedAsset } from '../world/field.js';
import { inWindow, type MonthContext } from './month-context.js';
import type { Emitter } from '../emit/emitter.js';

const TRIPS_PER_MONTH = 1;
const POINTS_PER_TRIP = 5;

/** Writes a month of GPS positions: tankers and trucks drive from their depot; machines work on site. */
export function runTracks(ctx: MonthContext): void {
  for (const asset of ctx.e.world.assets) {
    const target = destinationOf(ctx, asset);
    if (!target) continue;
    const owner = ctx.e.world.party(asset.ownerId);
    const owned = canonicalId(transactionId(owner, asset.country));
    const authorised = canonicalId({ country: asset.country, scheme: 'MR', value: asset.rightCode });
    for (let trip = 0; trip < TRIPS_PER_MONTH; trip++) {
      const day = dayOf(ctx.month, ctx.rng.int(1, 28));
      for (let p = 0; p < POINTS_PER_TRIP; p++) {
        const [lon, lat] = positionOf(ctx, asset, target, p / (POINTS_PER_TRIP - 1));
        emitRow(ctx.e, 'GPS-TRACKS', {
          DEVICE_ID: asset.deviceId,
          ASSET_TYPE: asset.type,
          ASSET_REF: asset.ref,
          OWNER_DOC: owned,
          AUTHORISED_DESTINATION: authorised,
          TIMESTAMP: `${isoDay(day)}T${String(6 + p * 2).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}:00-05:00`,
          LAT: lat,
          LON: lon,
        });
      }
    }
  }
}

function destinationOf(ctx: MonthContext, asset: TrackedAsset): readonly [number, number] | undefined {
  const diversion = asset.diversion;
  if (diversion && inWindow({ from: diversion.from, to: ctx.e.world.lastMonth }, ctx.index)) {
    const site = ctx.e.world.illegalSites.find((s) => s.id === diversion.siteId);
    if (site) return [site.lon, site.lat];
  }
  const right = ctx.e.world.right(asset.country, asset.rightCode);
  return [right.lon, right.lat];
}

// Vehicles move from the depot to the site along a straight line; machines stay within ~300 m of it.
function positionOf(
  ctx: MonthContext,
  asset: TrackedAsset,
  target: readonly [number, number],
  t: number,
): [number, number] {
  const jitter = (): number => ctx.rng.between(-0.003, 0.003);
  if (asset.type === 'EXCAVADORA' || asset.type === 'DRAGA')
    return [round6(target[0] + jitter()), round6(target[1] + jitter())];
  return [
    round6(asset.depot[0] + (target[0] - asset.depot[0]) * t + jitter() / 3),
    round6(asset.depot[1] + (target[1] - asset.depot[1]) * t + jitter() / 3),
  ];
}

/** Writes every satellite detection (legal ones inside rights, and those of illegal sites). */
export function writeDetections(e: Emitter): void {
  const sorted = [...e.world.detections].sort((a, b) => (a.alertId < b.alertId ? -1 : 1));
  for (const d of sorted) {
    const sideKm = Math.sqrt(d.areaHa / 100);
    e.out.collection('SATELLITE-ALERTS').write({
      properties: {
        id: d.alertId,
        detected_on: isoDay(d.on),
        area_ha: d.areaHa,
        confidence: d.confidence,
        source: d.source,
      },
      geometry: { type: 'Polygon', coordinates: [squareRing(d.lon, d.lat, sideKm)] },
    });
  }
}

/** Writes the protected areas and indigenous territories. */
export function writeProtectedAreas(e: Emitter): void {
  for (const a of PROTECTED_AREAS) {
    e.out.collection('PROTECTED-AREAS').write({
      properties: { id: a.id, name: a.name, kind: a.kind, designation: a.designation, country: a.country },
      geometry: { type: 'Polygon', coordinates: [areaRing(a)] },
    });
  }
}

/** Writes the reference prices of the run's months: the real gold price and synthetic base metals. */
export function writePrices(e: Emitter): void {
  for (const month of e.world.months) {
    const date = `${month.year}-${String(month.month).padStart(2, '0')}`;
    emitRow(e, 'GOLD-PRICE', { Date: date, Price: e.market.goldUsdPerOz(month) });
    const m = e.market.metals(month);
    emitRow(e, 'METAL-PRICE', {
      Date: date,
      Copper_USD_t: m.copper,
      Zinc_USD_t: m.zinc,
      Tin_USD_t: m.tin,
      Silver_USD_ozt: m.silver,
    });
  }
}
