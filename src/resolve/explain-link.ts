import { FEATURES, levelOf } from './features.js';
import { levelWeight, priorWeight, type FellegiSunterModel } from './fellegi-sunter.js';

/** One feature's part in a link: the level the two records reached and the bits it added. */
export interface FeatureEvidence {
  readonly feature: string;
  readonly level: string;
  readonly weight: number;
}

/** A link taken apart feature by feature: prior, each feature's log2(m/u), the name's rarity. */
export interface LinkExplanation {
  readonly prior: number;
  readonly features: readonly FeatureEvidence[];
  readonly termFrequency: number;
  readonly weight: number;
  readonly probability: number;
  readonly confirmedByAnalyst: boolean;
}

/** Explains a stored link with the model that scored it; features not comparable are left out. */
export function explainLink(
  model: FellegiSunterModel | undefined,
  link: {
    pattern: number;
    termFrequency: number;
    weight: number;
    probability: number;
    confirmedByAnalyst: boolean;
  },
): LinkExplanation {
  const features: FeatureEvidence[] = [];
  FEATURES.forEach((feature, f) => {
    const level = levelOf(link.pattern, f);
    if (level === 0) return;
    features.push({
      feature: feature.name,
      level: feature.levels[level - 1]?.label ?? String(level),
      weight: model ? round(levelWeight(model, f, level)) : Number.NaN,
    });
  });
  return {
    prior: model ? round(priorWeight(model, link.pattern)) : Number.NaN,
    features,
    termFrequency: round(link.termFrequency),
    weight: round(link.weight),
    probability: link.probability,
    confirmedByAnalyst: link.confirmedByAnalyst,
  };
}

/** "identifier: shared, check digit valid (+14.2)" lines, for people. */
export function explanationText(explanation: LinkExplanation): string[] {
  if (explanation.confirmedByAnalyst) return ['confirmed by an analyst'];
  const sign = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  return [
    `prior ${sign(explanation.prior)}`,
    ...explanation.features.map((f) => `${f.feature}: ${f.level} (${sign(f.weight)})`),
    ...(explanation.termFrequency === 0 ? [] : [`name rarity ${sign(explanation.termFrequency)}`]),
    `total ${sign(explanation.weight)} bits, probability ${explanation.probability.toFixed(4)}`,
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
