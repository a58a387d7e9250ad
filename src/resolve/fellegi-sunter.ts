import { comparedByEncodingAlone, FEATURES, FEATURE_COUNT, levelOf } from './features.js';

/**
 * A Fellegi-Sunter model: for each feature level, m = P(level | same entity) and
 * u = P(level | different entities), and lambda, the share of compared pairs that match.
 */
export interface FellegiSunterModel {
  readonly lambda: number;
  /**
   * The share of matches among pairs compared by encodings alone (comparedByEncodingAlone): a
   * prior of their own. Those pairs meet in LSH blocks among strangers, where pairs meeting on a
   * name or a document are one entity one time in a few; under one shared prior a namesake of a
   * pseudonymised person, born another day, would link. Absent from models fitted before it was.
   */
  readonly encodingLambda?: number;
  /** m[feature][level]; level 0 (not comparable) is unused. */
  readonly m: readonly (readonly number[])[];
  readonly u: readonly (readonly number[])[];
  readonly iterations: number;
  readonly converged: boolean;
}

const FLOOR = 1e-6;

/** Level counts per feature, with a pseudo-count so no level is impossible. */
export function levelFrequencies(patterns: ReadonlyMap<number, number>): number[][] {
  return FEATURES.map((feature, f) => {
    const counts = new Array<number>(feature.levels.length + 1).fill(0.5);
    counts[0] = 0;
    for (const [pattern, count] of patterns) {
      const level = levelOf(pattern, f);
      if (level !== 0) counts[level] = (counts[level] ?? 0) + count;
    }
    return normalise(counts);
  });
}

/**
 * Estimates m, u and lambda by expectation-maximisation over the compared pairs, grouped by
 * pattern (a pattern is one combination of levels, so each iteration costs the number of distinct
 * patterns, not of pairs). Features are taken as independent given the match status.
 */
export function estimateModel(
  patterns: ReadonlyMap<number, number>,
  initialU: readonly (readonly number[])[],
  options: {
    maxIterations?: number;
    tolerance?: number;
    initialLambda?: number;
    /** Patterns whose status is known (1 match, 0 not), e.g. a shared identifier: EM keeps them. */
    label?: (pattern: number) => 0 | 1 | undefined;
    /** Keep u as given (estimated on random pairs) and fit only m and lambda. */
    fixU?: boolean;
    /** Features whose u is kept as given: chance frequencies EM must not move (see fixedM). */
    fixedU?: readonly number[];
    /**
     * m of these features (by position; one share a level, in the levels' order), kept as given: for
     * a feature EM cannot learn because the pairs that would teach it are too few among the compared.
     */
    fixedM?: ReadonlyMap<number, readonly number[]>;
    /**
     * u[feature][level] below which EM may not push a level: its chance frequency. Blocking
     * gathers look-alikes, so among candidate pairs EM can explain every same-name pair as a match
     * and drive u of that agreement to nothing, and a two-word name alone then outweighs a
     * different country.
     */
    minU?: readonly (readonly number[])[];
  } = {},
): FellegiSunterModel {
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-7;
  const fixedM = options.fixedM ?? new Map<number, readonly number[]>();
  for (const [f, shares] of fixedM)
    if (shares.length !== FEATURES[f]?.levels.length)
      throw new RangeError(
        `Feature ${String(FEATURES[f]?.name)} has ${String(FEATURES[f]?.levels.length)} levels, and ${String(shares.length)} shares were given`,
      );
  const keepM = (fitted: number[][]): number[][] =>
    fitted.map((levels, f) => {
      const fixed = fixedM.get(f);
      return fixed === undefined ? levels : [0, ...fixed];
    });
  let m = keepM(FEATURES.map((feature) => initialM(feature.levels.length)));
  let u = initialU.map((levels) => [...levels]);
  const keepU = (fitted: number[][]): number[][] =>
    options.fixU ? u : fitted.map((levels, f) => (options.fixedU?.includes(f) ? (u[f] ?? levels) : levels));
  let lambda = options.initialLambda ?? 0.1;
  let encodingLambda = lambda;
  const entries = [...patterns].map(([pattern, count]) => ({
    count,
    levels: FEATURES.map((_, f) => levelOf(pattern, f)),
    label: options.label?.(pattern),
    encoded: comparedByEncodingAlone(pattern),
  }));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const mCounts = FEATURES.map((feature) => new Array<number>(feature.levels.length + 1).fill(0));
    const uCounts = FEATURES.map((feature) => new Array<number>(feature.levels.length + 1).fill(0));
    const matches = { fields: 0, encodings: 0 };
    const totals = { fields: 0, encodings: 0 };
    for (const { count, levels, label, encoded } of entries) {
      const prior = encoded ? encodingLambda : lambda;
      let pm = prior;
      let pu = 1 - prior;
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const level = levels[f] ?? 0;
        if (level === 0) continue;
        pm *= m[f]?.[level] ?? FLOOR;
        pu *= u[f]?.[level] ?? FLOOR;
      }
      const g = label ?? pm / (pm + pu);
      const stratum = encoded ? 'encodings' : 'fields';
      matches[stratum] += g * count;
      totals[stratum] += count;
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const level = levels[f] ?? 0;
        if (level === 0) continue;
        (mCounts[f] as number[])[level] = (mCounts[f]?.[level] ?? 0) + g * count;
        (uCounts[f] as number[])[level] = (uCounts[f]?.[level] ?? 0) + (1 - g) * count;
      }
    }
    const nextM = keepM(mCounts.map(normalise));
    const nextU = keepU(atLeast(uCounts.map(normalise), options.minU));
    const share = (stratum: 'fields' | 'encodings'): number =>
      Math.min(1 - FLOOR, Math.max(FLOOR, matches[stratum] / Math.max(totals[stratum], 1)));
    const nextLambda = totals.fields === 0 ? share('encodings') : share('fields');
    // Never above the rest's: among a few encoded pairs, most of them one person, EM would push it
    // to 1 and link two persons whose name and birth date both differ.
    const nextEncodingLambda = totals.encodings === 0 ? nextLambda : Math.min(share('encodings'), nextLambda);
    const change = Math.max(
      Math.abs(nextLambda - lambda),
      Math.abs(nextEncodingLambda - encodingLambda),
      maxChange(m, nextM),
      maxChange(u, nextU),
    );
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    encodingLambda = nextEncodingLambda;
    converged = change < tolerance;
  }
  return { lambda, encodingLambda, m, u, iterations, converged };
}

/** log2 of m/u for one feature level: what that level adds to the match weight. */
export function levelWeight(model: FellegiSunterModel, feature: number, level: number): number {
  if (level === 0) return 0;
  const weight = Math.log2((model.m[feature]?.[level] ?? FLOOR) / (model.u[feature]?.[level] ?? FLOOR));
  // The last level of every feature is outright disagreement, which is never evidence for a
  // match, whatever correlations among look-alike records lead EM to.
  return level === FEATURES[feature]?.levels.length ? Math.min(0, weight) : weight;
}

/** The prior log-odds of a pattern's pairs: of those compared by encodings alone, or of the rest. */
export function priorWeight(model: FellegiSunterModel, pattern: number): number {
  const lambda = comparedByEncodingAlone(pattern) ? (model.encodingLambda ?? model.lambda) : model.lambda;
  return Math.log2(lambda / (1 - lambda));
}

/** The match weight of a pattern: prior log-odds plus every feature's log2(m/u). */
export function patternWeight(model: FellegiSunterModel, pattern: number): number {
  let weight = priorWeight(model, pattern);
  for (let f = 0; f < FEATURE_COUNT; f++) weight += levelWeight(model, f, levelOf(pattern, f));
  return weight;
}

/** The probability that a pair with this match weight is one entity. */
export function matchProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

// A first guess: the first levels (agreement) likely among matches, the last ones unlikely.
function initialM(levelCount: number): number[] {
  const weights = [0];
  for (let level = 1; level <= levelCount; level++) weights.push(2 ** (levelCount - level));
  return normalise(weights);
}

function atLeast(
  u: readonly (readonly number[])[],
  floor: readonly (readonly number[])[] | undefined,
): number[][] {
  return u.map((levels, f) => levels.map((value, l) => Math.max(value, floor?.[f]?.[l] ?? 0)));
}

function normalise(counts: readonly number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  return counts.map((count, level) => (level === 0 ? 0 : Math.max(FLOOR, count / Math.max(sum, FLOOR))));
}

function maxChange(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let change = 0;
  a.forEach((levels, f) =>
    levels.forEach((value, l) => (change = Math.max(change, Math.abs(value - (b[f]?.[l] ?? 0))))),
  );
  return change;
}
