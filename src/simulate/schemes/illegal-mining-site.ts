import { keptDayOf } from '../calendar.js';
import { buildGlobalId } from '@veta/standard';
import { round6 } from '../world/geography.js';
import { PROTECTED_AREAS } from '../world/protected-areas.js';
import type { IllegalSite } from '../world/field.js';
import type { Window } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const AREAS = ['PE-RN-TAMBOPATA', 'CO-RES-EMBERA', 'BO-PN-MADIDI'];
const DETECTIONS = [2, 4, 8];

/** Mining sites inside protected areas and indigenous territories, outside any right, seen repeatedly from space. */
export function plantIllegalMiningSites(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const area = PROTECTED_AREAS.find((a) => a.id === AREAS[i]);
    if (!area) return;
    const window = ctx.window(ctx.rng.int(8, 20));
    const site: IllegalSite = {
      id: `SITE-${i + 1}`,
      country: area.country,
      lon: round6(area.lon + ctx.rng.between(-0.05, 0.05)),
      lat: round6(area.lat + ctx.rng.between(-0.05, 0.05)),
      areaId: area.id,
    };
    ctx.world.illegalSites.push(site);
    const alerts = detect(ctx, site, window, DETECTIONS[i] ?? 3, 0.5 * (i + 1));
    ctx.record(
      'ILLEGAL_MINING_SITE',
      window,
      [...alerts, buildGlobalId('AREA', area.id)],
      intensity,
      `Mining disturbance growing inside ${area.name}, outside any mining right, detected ${alerts.length} times.`,
    );
  });
}

/** Adds growing satellite detections of a site over a window and returns their canonical ids. */
export function detect(
  ctx: PlantContext,
  site: IllegalSite,
  window: Window,
  count: number,
  startHa: number,
): string[] {
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const index = window.from + Math.floor(((window.to - window.from) * k) / Math.max(count - 1, 1));
    const month = ctx.world.months[index];
    if (!month) continue;
    const alertId = ctx.world.newAlertId(month.year);
    ctx.world.detections.push({
      alertId,
      lon: round6(site.lon + ctx.rng.between(-0.002, 0.002)),
      lat: round6(site.lat + ctx.rng.between(-0.002, 0.002)),
      on: keptDayOf(month, ctx.rng.int(1, 28)),
      areaHa: Math.round(startHa * (1 + k * 0.6) * 100) / 100,
      confidence: Math.round(ctx.rng.between(0.75, 0.97) * 100) / 100,
      source: 'AMW',
      siteId: site.id,
    });
    ids.push(buildGlobalId('SAT', alertId));
  }
  return ids;
}
