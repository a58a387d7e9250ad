import { REGION_COUNTRIES, type Rulebook, type RuleTopic } from '@veta/standard';
import type { Catalogue } from '../detect/catalogue/catalogue-schema.js';
import type { Detector } from '../detect/detector.js';
import { DETECTORS, detectorAlerts } from '../detect/run-detection.js';
import type { Database } from '../store/engine/database.js';
import type { CountryRule } from './compare-rules.js';
import { detectionUnder, type DetectionRules } from './rulebook-thresholds.js';
import { strictestCandidates, type StrictestCandidate } from './strictest-rulebook.js';

/** Alerts raised today and under a candidate common standard. */
export interface AlertCounts {
  now: number;
  strictest: number;
}

/** A country's alerts today and under the candidate: in all, and by typology. */
export interface CountryEffect extends AlertCounts {
  typologies: Record<string, AlertCounts>;
}

/** What one candidate common standard (the strictest rule on a topic, for all) would change. */
export interface CandidateEffect {
  topic: RuleTopic;
  /** The strictest value and the countries that hold it today. */
  strictest: { value: boolean | number; countries: string[] };
  /** The rule every country would hold: the holder's, with its source, marked hypothetical. */
  rule: CountryRule & { from: string; hypothetical: true };
  /** The thresholds every country would bind to the rule, as the holder does. */
  bound: { typology: string; threshold: string }[];
  /**
   * The typologies whose alerts can change, whose detectors were run: those with a threshold bound
   * to the rule, and those that weigh the countries' rules. None: no detector reads this rule yet.
   */
  typologies: string[];
  /** Alerts of those typologies, per country, today and under the candidate. */
  countries: Record<string, CountryEffect>;
}

/** The "what if the region adopted the strictest rule" view, for the rules in force on a day. */
export interface StrictestWhatIf {
  version: string;
  day: string;
  candidates: CandidateEffect[];
}

export interface WhatIfOptions {
  catalogue: Catalogue;
  rulebook: Rulebook;
  day: string;
  /** The countries whose alerts are counted (a user sees only their own); the region's by default. */
  countries?: readonly string[] | undefined;
  /** Called before each run of a detector, with how many runs are done and how many there are. */
  onRun?: (done: number, total: number) => void;
}

/**
 * For each topic with a strictest rule, the alerts each country raises under the rulebook in force
 * and under the candidate in which every country holds that rule. Only the detectors whose alerts
 * can change run, each once under the rulebook in force; nothing is stored.
 */
export async function strictestWhatIf(db: Database, options: WhatIfOptions): Promise<StrictestWhatIf> {
  const { catalogue, rulebook, day } = options;
  const countries = options.countries ?? REGION_COUNTRIES;
  const candidates = strictestCandidates(rulebook, day).map((candidate) => ({
    candidate,
    detectors: DETECTORS.filter(
      (detector) =>
        (detector.weighsRules ?? []).some((flow) => candidate.topic.flows.includes(flow)) ||
        candidate.bound.some((bound) => bound.typology === detector.code),
    ),
  }));
  const runs = new Set(candidates.flatMap(({ detectors }) => detectors.map((detector) => detector.code)))
    .size;
  const total = runs + candidates.reduce((sum, { detectors }) => sum + detectors.length, 0);
  let done = 0;
  const count = async (detector: Detector, under: DetectionRules): Promise<Map<string, number>> => {
    options.onRun?.(done, total);
    const alerts = await detectorAlerts(db, detector, under);
    done += 1;
    const byCountry = new Map<string, number>();
    for (const { country } of alerts)
      if (country !== null) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    return byCountry;
  };

  const inForce = detectionUnder(catalogue, rulebook, day);
  const today = new Map<string, Map<string, number>>();
  const effects: CandidateEffect[] = [];
  for (const { candidate, detectors } of candidates) {
    const under = detectionUnder(
      catalogue,
      candidate.rulebook,
      day,
      `with ${candidate.topic.id} at its strictest`,
    );
    const typologies = new Map<string, { now: Map<string, number>; strictest: Map<string, number> }>();
    for (const detector of detectors) {
      const now = today.get(detector.code) ?? (await count(detector, inForce));
      today.set(detector.code, now);
      typologies.set(detector.code, { now, strictest: await count(detector, under) });
    }
    effects.push(effectOf(candidate, typologies, countries));
  }
  options.onRun?.(done, total);
  return { version: rulebook.version, day, candidates: effects };
}

function effectOf(
  candidate: StrictestCandidate,
  typologies: ReadonlyMap<string, { now: Map<string, number>; strictest: Map<string, number> }>,
  countries: readonly string[],
): CandidateEffect {
  const { topic, strictest, from, rule, bound } = candidate;
  return {
    topic,
    strictest,
    rule: {
      value: rule.value,
      source: rule.source,
      verified: rule.verifiedOn !== null,
      ...(rule.note ? { note: rule.note } : {}),
      from,
      hypothetical: true,
    },
    bound,
    typologies: [...typologies.keys()],
    countries: Object.fromEntries(
      countries.map((country): [string, CountryEffect] => {
        const of = [...typologies].map(([code, counts]): [string, AlertCounts] => [
          code,
          { now: counts.now.get(country) ?? 0, strictest: counts.strictest.get(country) ?? 0 },
        ]);
        return [
          country,
          {
            now: of.reduce((sum, [, counts]) => sum + counts.now, 0),
            strictest: of.reduce((sum, [, counts]) => sum + counts.strictest, 0),
            typologies: Object.fromEntries(of),
          },
        ];
      }),
    ),
  };
}
