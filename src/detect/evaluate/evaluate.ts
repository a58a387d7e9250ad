import type { PlantedScheme, Truth } from './truth-file.js';

/** The part of an alert scoring looks at. */
export interface ScoredAlert {
  id: string;
  typology: string;
  subjects: readonly string[];
  period: { start: string; end: string };
}

/** How one typology's alerts compare with what was planted. */
export interface TypologyScore {
  typology: string;
  planted: number;
  found: number;
  alerts: number;
  unmatched: number;
  /**
   * Alerts matching no instance of their own typology but one of another: the scheme planted as
   * one typology shows the other too (a ghost right that also exceeds its capacity). They count as
   * matched, since they point at something planted; they are shown apart so nothing hides there.
   */
  onOtherTypology: number;
  /**
   * Unmatched alerts naming a mistyped identifier of a planted subject: detection saw the scheme, but
   * under a name entity resolution has to merge first.
   */
  unmatchedOnAliases: number;
  /**
   * Schemes planted as another typology that show this one by construction (truth's `alsoShows`):
   * an input diversion's destination is an illegal mining site. Alerts on them are expected
   * findings, so they count beside the planted schemes when alerts per scheme are judged.
   */
  shownByOthers: number;
  /** Of those, the ones an alert of this typology matches. */
  shownByOthersFound: number;
  /** Alerts per scheme that shows this typology: alerts / (planted + shownByOthers), 0 with none. */
  alertsPerScheme: number;
  /** found / planted (1 when nothing was planted). */
  recall: number;
  /** unmatched / alerts (0 when there are no alerts). */
  unmatchedShare: number;
  missed: PlantedScheme[];
  unmatchedAlertIds: string[];
}

export interface Evaluation {
  typologies: TypologyScore[];
  totals: { planted: number; found: number; alerts: number; unmatched: number };
}

/**
 * Scores alerts against the planted schemes, per typology: a planted instance is found when an
 * alert of its typology matches it, and an alert is unmatched when it matches nothing planted, of
 * any typology (the definition). An alert matches an instance when it names at least one of its subjects and its period
 * overlaps the instance's. Countries alone say little (every Peruvian alert names PE), so an
 * instance planted on countries only, such as a mirror-trade pair, needs all of them named.
 * Typologies appear when planted or alerted, or, given `only`, those it lists, planted or not (a
 * hub, which receives what can be detected across borders, is judged on those); an alert is still
 * matched against every planted scheme, whatever its typology.
 */
export function evaluate(
  truth: Truth,
  alerts: readonly ScoredAlert[],
  only?: ReadonlySet<string>,
): Evaluation {
  const typologies = [
    ...(only ?? new Set([...truth.schemes.map((s) => s.typology), ...alerts.map((a) => a.typology)])),
  ].sort();
  const scores = typologies.map((typology) =>
    scoreTypology(
      typology,
      truth.schemes.filter((scheme) => scheme.typology === typology),
      alerts.filter((alert) => alert.typology === typology),
      truth,
    ),
  );
  const sum = (pick: (score: TypologyScore) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0);
  return {
    typologies: scores,
    totals: {
      planted: sum((s) => s.planted),
      found: sum((s) => s.found),
      alerts: sum((s) => s.alerts),
      unmatched: sum((s) => s.unmatched),
    },
  };
}

function scoreTypology(
  typology: string,
  schemes: readonly PlantedScheme[],
  alerts: readonly ScoredAlert[],
  truth: Truth,
): TypologyScore {
  const missed = schemes.filter((scheme) => !alerts.some((alert) => matches(alert, scheme)));
  const showing = truth.schemes.filter(
    (scheme) => scheme.typology !== typology && (scheme.alsoShows ?? []).includes(typology),
  );
  const showingFound = showing.filter((scheme) => alerts.some((alert) => matches(alert, scheme)));
  const elsewhere = alerts.filter((alert) => !schemes.some((scheme) => matches(alert, scheme)));
  const unmatched = elsewhere.filter((alert) => !truth.schemes.some((scheme) => matches(alert, scheme)));
  const onAliases = unmatched.filter((alert) => {
    const resolved = {
      ...alert,
      subjects: alert.subjects.flatMap((subject) => truth.aliases.get(subject) ?? []),
    };
    return truth.schemes.some((scheme) => matches(resolved, scheme));
  });
  return {
    typology,
    planted: schemes.length,
    found: schemes.length - missed.length,
    alerts: alerts.length,
    unmatched: unmatched.length,
    onOtherTypology: elsewhere.length - unmatched.length,
    unmatchedOnAliases: onAliases.length,
    shownByOthers: showing.length,
    shownByOthersFound: showingFound.length,
    alertsPerScheme:
      schemes.length + showing.length === 0 ? 0 : alerts.length / (schemes.length + showing.length),
    recall: schemes.length === 0 ? 1 : (schemes.length - missed.length) / schemes.length,
    unmatchedShare: alerts.length === 0 ? 0 : unmatched.length / alerts.length,
    missed,
    unmatchedAlertIds: unmatched.map((alert) => alert.id),
  };
}

function matches(alert: ScoredAlert, scheme: PlantedScheme): boolean {
  const named = (subject: string): boolean => alert.subjects.includes(subject);
  const onCountriesOnly = scheme.subjects.every((subject) => COUNTRY.test(subject));
  const subjects = onCountriesOnly ? scheme.subjects.every(named) : scheme.subjects.some(named);
  // Planted periods are months (YYYY-MM); alert periods are days.
  return (
    subjects &&
    alert.period.start.slice(0, 7) <= scheme.period.to &&
    alert.period.end.slice(0, 7) >= scheme.period.from
  );
}

const COUNTRY = /^[A-Z]{2}$/;
