import { round6 } from '../world/geography.js';
import { newAsset } from '../world/build-field.js';
import type { IllegalSite } from '../world/field.js';
import { detect } from './illegal-mining-site.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

/** Fuel tankers authorised to supply a licensed mine whose trips end at an unlicensed mining site. */
export function plantInputDiversion(ctx: PlantContext): void {
  const rights = ctx.sellingRights('PE', ['SMALL', 'ARTISANAL']);
  INTENSITIES.forEach((intensity, i) => {
    const right = rights[rights.length - 1 - i * 2];
    if (!right) return;
    // Near-threshold sites lie close to the authorised right; blatant ones far away.
    const distance = 0.03 * (i + 1) * (i + 1);
    const site: IllegalSite = {
      id: `SITE-D${i + 1}`,
      country: 'PE',
      lon: round6(right.lon + distance),
      lat: round6(right.lat - distance),
    };
    ctx.world.illegalSites.push(site);
    const window = ctx.window(ctx.rng.int(6, 14));
    const asset = newAsset(ctx.world, right, 'CISTERNA', ctx.rng);
    asset.diversion = { siteId: site.id, from: window.from };
    ctx.world.assets.push(asset);
    const alerts = detect(ctx, site, { from: window.from, to: ctx.world.lastMonth }, 2, 0.8);
    const holder = ctx.world.party(right.holderIds[0] ?? '');
    ctx.record(
      'INPUT_DIVERSION',
      { from: window.from, to: ctx.world.lastMonth },
      [ctx.partyId(holder, 'PE'), ctx.rightId(right), ...alerts],
      intensity,
      `Tanker ${asset.deviceId} (${asset.ref}), authorised to supply this right, delivers fuel to an unlicensed site about ${Math.round(distance * 111)} km away.`,
      // The destination is mining outside any right, seen from space.
      { alsoShows: ['ILLEGAL_MINING_SITE'] },
    );
  });
}
