/**
 * One outcome of comparing a feature of two records, as splink's comparison levels: a code that
 * code can name, the condition that puts a pair on it, the short label `veta entity show` prints
 * and an explanation for the reader of the model. A feature's levels are listed from the
 * strongest agreement to outright disagreement; a pair takes the first level whose condition
 * holds, so each condition may assume every earlier one failed.
 *
 * A level's number is its position from 1 (0 is "not comparable": a value missing on either
 * side). That number is what a packed pattern, the fitted m and u and the stored links hold, so
 * levels are only ever appended or reordered together with a refit.
 */
export interface ComparisonLevel<Code extends string, Facts> {
  readonly code: Code;
  readonly condition: (facts: Facts) => boolean;
  readonly label: string;
  readonly explanation: string;
}

/** A feature's last level, splink's "else" level: no condition, it takes every pair the others left. */
export type ElseLevel<Code extends string> = Omit<ComparisonLevel<Code, never>, 'condition'>;

/** A feature's levels: conditions tried in order, then the else level. */
export type FeatureLevels<Facts> = readonly [...ComparisonLevel<string, Facts>[], ElseLevel<string>];

/** The number (from 1) of the first level whose condition holds, else of the last level. */
export function levelWhere<Facts>(levels: FeatureLevels<Facts>, facts: Facts): number {
  for (let i = 0; i < levels.length - 1; i++) {
    const level = levels[i];
    if (level && 'condition' in level && level.condition(facts)) return i + 1;
  }
  return levels.length;
}

/** Each level's number by its code, for code that must name a level (a veto, a label for EM). */
export function levelNumbers<Code extends string>(
  levels: readonly { readonly code: Code }[],
): Readonly<Record<Code, number>> {
  return Object.fromEntries(levels.map((level, i) => [level.code, i + 1])) as Record<Code, number>;
}
