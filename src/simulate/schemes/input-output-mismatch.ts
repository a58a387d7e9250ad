import { QUOTA_HEADROOM } from '../flows/inputs.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [3, 6, 15];
/** The smallest multiple of its need a mine is planted receiving. */
export const MILDEST_INPUT_FACTOR = Math.min(...FACTORS);

/** Peruvian mines receiving many times the controlled inputs their declared production needs. */
export function plantInputOutputMismatch(ctx: PlantContext): void {
  const rights = ctx.sellingRights('PE', ['SMALL', 'ARTISANAL']);
  INTENSITIES.forEach((intensity, i) => {
    const right = rights[i * 3 + 1];
    if (!right?.mine) return;
    const factor = FACTORS[i] ?? 5;
    const window = ctx.window(ctx.rng.int(4, 10));
    right.mine.effects.inputFactor = { ...window, factor };
    ctx.record(
      'INPUT_OUTPUT_MISMATCH',
      window,
      [ctx.rightId(right), ctx.partyId(ctx.world.party(right.holderIds[0] ?? ''), 'PE')],
      intensity,
      `Mine receives ${factor}x the mercury, cyanide and fuel its declared gold needs: inputs feed unreported (illegal) output.`,
      // Peru's quotas are a multiple of the mean need: deliveries past it at mean output exceed the quota too.
      factor > QUOTA_HEADROOM ? { alsoShows: ['INPUT_QUOTA_EXCEEDED'] } : {},
    );
  });
}
