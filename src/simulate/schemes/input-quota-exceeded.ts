import { QUOTA_HEADROOM } from '../flows/inputs.js';
import { MILDEST_INPUT_FACTOR } from './input-output-mismatch.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.08, 1.5, 3];

/** Peruvian mines whose controlled-input deliveries exceed their authorised monthly quota. */
export function plantInputQuotaExceeded(ctx: PlantContext): void {
  const rights = ctx.sellingRights('PE', ['SMALL', 'ARTISANAL', 'MEDIUM']);
  INTENSITIES.forEach((intensity, i) => {
    const right = rights[i * 3 + 2];
    if (!right?.mine) return;
    const factor = FACTORS[i] ?? 2;
    const window = ctx.window(ctx.rng.int(3, 8));
    right.mine.effects.quotaExceeded = { ...window, factor };
    ctx.record(
      'INPUT_QUOTA_EXCEEDED',
      window,
      [ctx.rightId(right), ctx.partyId(ctx.world.party(right.holderIds[0] ?? ''), 'PE')],
      intensity,
      `Deliveries of every controlled input reach ${factor}x the authorised monthly quota.`,
      // Quotas are a multiple of the mine's mean need: past the mildest planted input-output
      // mismatch, the deliveries are that typology too.
      QUOTA_HEADROOM * factor >= MILDEST_INPUT_FACTOR ? { alsoShows: ['INPUT_OUTPUT_MISMATCH'] } : {},
    );
  });
}
