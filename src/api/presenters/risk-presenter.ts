import { Type, type Static } from 'typebox';
import { Bilingual } from '../schemas/common.js';
import type { Scope } from '../../store/scope/scope.js';
import type { EarlyWarningFeed, WarningAlert, WarningSubject } from '../../risk/early-warning.js';
import { evidenceName } from '../../risk/evidence-names.js';
import { RISK_KINDS } from '../../risk/risk-weights-schema.js';
import type { StoredContribution, StoredRiskRun, StoredRiskScore } from '../../store/risk/risk-repository.js';

const Country = Type.Union([Type.String(), Type.Null()], { description: 'ISO alpha-2, or null' });
const Instant = Type.String({ format: 'date-time' });

/** The kinds of subject, as a schema. */
export const RiskKindSchema = Type.Enum(RISK_KINDS, {
  description: 'entity, right (mining right), trader (plant or trader), exporter or corridor',
});

/** One piece of evidence behind a score: what it is, its weight and value, and the points it adds. */
export const ContributionSchema = Type.Object({
  source: Type.Union([Type.Literal('alert'), Type.Literal('signal')]),
  alertId: Type.Union([Type.String(), Type.Null()]),
  code: Type.String({ description: 'Typology code (alerts) or signal code' }),
  name: Bilingual,
  weight: Type.Number({ description: 'How strongly this kind of evidence counts, 0-1 (weights.yaml)' }),
  value: Type.Number({ description: 'How strong this piece is, 0-1: severity, score, recency, repeats' }),
  points: Type.Number({ description: "This piece's share of the score; the points add up to the score" }),
  detail: Type.Record(Type.String(), Type.Unknown(), { description: 'The figures behind the value' }),
});

/** A scored subject as lists show it, with the evidence that weighs most. */
export const RiskSummarySchema = Type.Object({
  kind: RiskKindSchema,
  id: Type.String({ description: 'Entity id, right or party identifier, or ORIGIN>OFFICE>DESTINATION' }),
  label: Type.String(),
  country: Country,
  score: Type.Number({ minimum: 0, maximum: 1 }),
  rank: Type.Integer({
    description: "Rank within the kind: in the region for regional readers, else in the subject's country",
  }),
  alerts: Type.Integer({ description: 'Alerts among the evidence' }),
  strongest: Type.Array(ContributionSchema, { description: 'The three pieces of evidence that weigh most' }),
});

/** A subject's score with every contribution, the run it comes from and how it moved. */
export const RiskDetailSchema = Type.Intersect([
  RiskSummarySchema,
  Type.Object({
    contributions: Type.Array(ContributionSchema),
    run: Type.Object({
      id: Type.Integer(),
      startedAt: Instant,
      asOf: Type.String(),
      weightsSource: Type.String(),
    }),
    history: Type.Array(Type.Object({ runId: Type.Integer(), startedAt: Instant, score: Type.Number() })),
  }),
]);

const RunRef = Type.Union([Type.Object({ id: Type.Integer(), startedAt: Instant }), Type.Null()]);

/** What became new or riskier since a date, each with its reason. */
export const EarlyWarningSchema = Type.Object({
  since: Type.String(),
  step: Type.Number({ description: 'Rise in score that counts as riskier' }),
  latestRun: RunRef,
  baselineRun: RunRef,
  subjects: Type.Array(
    Type.Object({
      change: Type.Union([Type.Literal('new'), Type.Literal('risen')]),
      kind: RiskKindSchema,
      id: Type.String(),
      label: Type.String(),
      country: Country,
      score: Type.Number(),
      previousScore: Type.Union([Type.Number(), Type.Null()]),
      firstScoredAt: Instant,
      reason: Bilingual,
      evidence: Type.Array(ContributionSchema, { description: 'Evidence that is new or weighs more' }),
    }),
  ),
  alerts: Type.Object({
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        typology: Type.String(),
        severity: Type.String(),
        score: Type.Number(),
        country: Country,
        subjects: Type.Array(Type.String()),
        title: Bilingual,
        firstDetectedAt: Instant,
        reason: Bilingual,
      }),
    ),
    total: Type.Integer(),
  }),
});

type Contribution = Static<typeof ContributionSchema>;
type RiskKind = Static<typeof RiskKindSchema>;

function presentContribution(item: StoredContribution): Contribution {
  return {
    source: item.source,
    alertId: item.alertId,
    code: item.code,
    name: evidenceName(item.code),
    weight: item.weight,
    value: item.value,
    points: item.points,
    detail: item.detail,
  };
}

function kindOf(kind: string): RiskKind {
  const found = RISK_KINDS.find((known) => known === kind);
  if (!found) throw new Error(`risk_score holds an unknown kind "${kind}"`);
  return found;
}

/** A score for a list; its rank is the one the reader's scope makes meaningful. */
export function presentRiskSummary(score: StoredRiskScore, scope: Scope): Static<typeof RiskSummarySchema> {
  return {
    kind: kindOf(score.kind),
    id: score.subjectId,
    label: score.label,
    country: score.country,
    score: score.score,
    rank: scope.countries === 'ALL' ? score.rank : score.countryRank,
    alerts: score.alerts,
    strongest: score.contributions.slice(0, 3).map(presentContribution),
  };
}

/** A score with every contribution, its run and its history. */
export function presentRiskDetail(
  score: StoredRiskScore,
  scope: Scope,
  run: StoredRiskRun,
  history: readonly { runId: number; startedAt: Date; score: number }[],
): Static<typeof RiskDetailSchema> {
  return {
    ...presentRiskSummary(score, scope),
    contributions: score.contributions.map(presentContribution),
    run: {
      id: run.id,
      startedAt: run.startedAt.toISOString(),
      asOf: run.asOf,
      weightsSource: run.weightsSource,
    },
    history: history.map((entry) => ({
      runId: entry.runId,
      startedAt: entry.startedAt.toISOString(),
      score: entry.score,
    })),
  };
}

function presentWarningSubject(
  subject: WarningSubject,
): Static<typeof EarlyWarningSchema>['subjects'][number] {
  return {
    change: subject.change,
    kind: kindOf(subject.kind),
    id: subject.subjectId,
    label: subject.label,
    country: subject.country,
    score: subject.score,
    previousScore: subject.previousScore,
    firstScoredAt: subject.firstScoredAt.toISOString(),
    reason: subject.reason,
    evidence: subject.evidence.map(presentContribution),
  };
}

function presentWarningAlert(
  alert: WarningAlert,
): Static<typeof EarlyWarningSchema>['alerts']['items'][number] {
  return { ...alert, firstDetectedAt: alert.firstDetectedAt.toISOString() };
}

/** The early-warning feed in the API's shape. */
export function presentEarlyWarning(feed: EarlyWarningFeed): Static<typeof EarlyWarningSchema> {
  const run = (ref: { id: number; startedAt: Date } | null) =>
    ref ? { id: ref.id, startedAt: ref.startedAt.toISOString() } : null;
  return {
    since: feed.since,
    step: feed.step,
    latestRun: run(feed.latestRun),
    baselineRun: run(feed.baselineRun),
    subjects: feed.subjects.map(presentWarningSubject),
    alerts: { items: feed.alerts.items.map(presentWarningAlert), total: feed.alerts.total },
  };
}
