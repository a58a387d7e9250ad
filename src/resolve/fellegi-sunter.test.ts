import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE, FEATURES, packLevels } from './features.js';
import {
  estimateModel,
  levelFrequencies,
  levelWeight,
  matchProbability,
  patternWeight,
  priorWeight,
} from './fellegi-sunter.js';

// A known world: 10 % of compared pairs match; three features with known m and u (level 1 agrees).
const LAMBDA = 0.1;
const TRUE_M: Record<number, number[]> = {
  0: [0, 0.7, 0.2, 0, 0, 0, 0.1, 0],
  1: [0, 0.8, 0.1, 0, 0, 0, 0, 0.1],
  2: [0, 0.9, 0, 0, 0.1],
};
const TRUE_U: Record<number, number[]> = {
  0: [0, 0.01, 0.04, 0, 0, 0, 0.95, 0],
  1: [0, 0.05, 0.15, 0, 0, 0, 0, 0.8],
  2: [0, 0.1, 0, 0, 0.9],
};

function draw(next: () => number, probabilities: readonly number[]): number {
  let roll = next();
  for (let level = 0; level < probabilities.length; level++) {
    roll -= probabilities[level] ?? 0;
    if (roll < 0) return level;
  }
  return probabilities.length - 1;
}

function simulate(pairs: number): Map<number, number> {
  let state = 42;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const counts = new Map<number, number>();
  for (let i = 0; i < pairs; i++) {
    const source = next() < LAMBDA ? TRUE_M : TRUE_U;
    const levels = FEATURES.map((_, f) => (source[f] ? draw(next, source[f]) : 0));
    const pattern = packLevels(levels);
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return counts;
}

describe('Fellegi-Sunter EM', () => {
  it('recovers m, u and the match share of a known synthetic case', () => {
    const patterns = simulate(40_000);
    // Start u from a flat guess, far from the truth: EM has to find it.
    const flatU = FEATURES.map((feature) => [0, ...feature.levels.map(() => 1 / feature.levels.length)]);
    const model = estimateModel(patterns, flatU);
    assert.ok(model.converged, `stopped after ${model.iterations} iterations`);
    assert.ok(Math.abs(model.lambda - LAMBDA) < 0.01, `lambda ${model.lambda}`);
    for (const f of [0, 1, 2])
      for (const level of [1, 2]) {
        const m = TRUE_M[f]?.[level] ?? 0;
        const u = TRUE_U[f]?.[level] ?? 0;
        if (m > 0)
          assert.ok(
            Math.abs((model.m[f]?.[level] ?? 0) - m) < 0.03,
            `m[${f}][${level}] ${model.m[f]?.[level]} vs ${m}`,
          );
        if (u > 0)
          assert.ok(
            Math.abs((model.u[f]?.[level] ?? 0) - u) < 0.02,
            `u[${f}][${level}] ${model.u[f]?.[level]} vs ${u}`,
          );
      }
  });

  it('keeps u fixed when asked and honours labelled patterns', () => {
    const patterns = simulate(20_000);
    const u = levelFrequencies(patterns);
    const model = estimateModel(patterns, u, {
      fixU: true,
      label: (p) => (p === packLevels([1, 1, 1]) ? 1 : undefined),
    });
    assert.deepEqual(model.u, u);
    assert.ok(model.m[0]?.[1] !== undefined && model.m[0][1] > 0.5);
  });

  it('keeps u of a level at or above its floor, so chance agreement cannot be fitted away', () => {
    const patterns = simulate(20_000);
    const flatU = FEATURES.map((feature) => [0, ...feature.levels.map(() => 1 / feature.levels.length)]);
    const free = estimateModel(patterns, flatU);
    const floor = FEATURES.map((feature, f) => [
      0,
      ...feature.levels.map((_, i) => (f === 1 && i === 0 ? 0.2 : 0)),
    ]);
    const floored = estimateModel(patterns, flatU, { minU: floor });
    assert.ok((free.u[1]?.[1] ?? 1) < 0.1, `free u ${free.u[1]?.[1]}`);
    assert.ok((floored.u[1]?.[1] ?? 0) >= 0.2, `floored u ${floored.u[1]?.[1]}`);
    assert.ok(levelWeight(floored, 1, 1) < levelWeight(free, 1, 1) - 1);
  });

  it('never lets outright disagreement count for a match, and turns weights into probabilities', () => {
    const model = {
      lambda: 0.5,
      m: FEATURES.map((feature) => [0, ...feature.levels.map(() => 1 / feature.levels.length)]),
      u: FEATURES.map((feature) => [
        0,
        ...feature.levels.map((_, i) => (i === feature.levels.length - 1 ? 0.01 : 0.5)),
      ]),
      iterations: 0,
      converged: true,
    };
    assert.equal(levelWeight(model, 1, FEATURES[1]?.levels.length ?? 0), 0);
    assert.equal(patternWeight(model, 0), 0);
    assert.equal(matchProbability(0), 0.5);
    assert.ok(Math.abs(matchProbability(10) - 1024 / 1025) < 1e-12);
  });

  it('keeps given m and u of a feature, and gives pairs compared by encodings alone a prior of their own', () => {
    // Pairs that meet on a name match one time in two; pairs an encoding alone brings together,
    // once in a thousand, nearly all of those in the top band.
    const byName = packLevels([0, 1, 0, 0, 1]);
    const namesakes = packLevels([0, 6, 0, 0, 1]);
    const top = (levels: number[]): number => {
      const all = FEATURES.map(() => 0);
      levels.forEach((level, i) => (all[[FEATURE.nameEncoding, FEATURE.birthToken][i] ?? 0] = level));
      return packLevels(all);
    };
    const patterns = new Map([
      [byName, 500],
      [namesakes, 500],
      [top([1, 1]), 3],
      [top([2, 2]), 1],
      [top([4, 2]), 4_000],
    ]);
    const chance = FEATURES.map((feature) => [0, ...feature.levels.map(() => 1 / feature.levels.length)]);
    chance[FEATURE.nameEncoding] = [0, 2e-4, 3e-4, 3e-3, 0.9965];
    chance[FEATURE.birthToken] = [0, 1e-4, 0.9999];
    const given = [0.66, 0.132, 0.054, 0.154];
    const model = estimateModel(patterns, chance, {
      fixedM: new Map([[FEATURE.nameEncoding, given]]),
      fixedU: [FEATURE.nameEncoding, FEATURE.birthToken],
    });
    assert.deepEqual(model.m[FEATURE.nameEncoding], [0, ...given]);
    assert.deepEqual(model.u[FEATURE.birthToken], chance[FEATURE.birthToken]);
    assert.ok(model.lambda > 0.1, `lambda ${model.lambda}`);
    assert.ok((model.encodingLambda ?? 1) < 0.01, `encodingLambda ${String(model.encodingLambda)}`);
    assert.ok(priorWeight(model, top([1, 1])) < priorWeight(model, byName) - 5);
    // One person's name and birth date encodings agree: linked; a namesake born another day: not.
    assert.ok(matchProbability(patternWeight(model, top([1, 1]))) > 0.95);
    assert.ok(matchProbability(patternWeight(model, top([2, 2]))) < 0.5);
  });
});
