import { INTENSITIES, type PlantContext } from './plant-context.js';

const FACTORS = [1.1, 1.6, 3];

/** Colombian titles that declare and sell more gold a month than their approved works-plan capacity. */
export function plantCapacityExceeded(ctx: PlantContext): void {
  const candidates = ctx.sellingRights('CO', ['SMALL', 'ARTISANAL']);
  INTENSITIES.forEach((intensity, i) => {
    const right = candidates[i * 2];
    if (!right?.mine) return;
    const factor = FACTORS[i] ?? 2;
    const window = ctx.window(ctx.rng.int(4, 10));
    right.mine.effects.declaredOutput = { ...window, gramsPerMonth: Math.round(right.capacityG * factor) };
    const holder = ctx.world.party(right.holderIds[0] ?? '');
    ctx.record(
      'CAPACITY_EXCEEDED',
      window,
      [ctx.rightId(right), ctx.partyId(holder, 'CO')],
      intensity,
      `Title declares and sells ${factor}x its approved capacity of ${right.capacityG} g a month.`,
    );
  });
}
