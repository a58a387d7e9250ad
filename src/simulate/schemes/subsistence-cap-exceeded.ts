import { INTENSITIES, type PlantContext } from './plant-context.js';

const GRAMS = [38, 80, 250];

/** Colombian panners (barequeros) selling above the 35 g a month and 420 g a year cap. */
export function plantSubsistenceCapExceeded(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const panner = ctx.world.panners[i * 3];
    if (!panner) return;
    const grams = GRAMS[i] ?? 100;
    const window = ctx.window(ctx.rng.int(6, 12));
    panner.capExcess = { ...window, gramsPerMonth: grams };
    ctx.record(
      'SUBSISTENCE_CAP_EXCEEDED',
      window,
      [ctx.partyId(ctx.world.person(panner.personId), 'CO')],
      intensity,
      `Barequero sells about ${grams} g of gold a month (cap 35 g a month, 420 g a year).`,
    );
  });
}
