import type { StoredRiskScore } from '../store/risk/risk-repository.js';
import type { EarlyWarningFeed } from './early-warning.js';
import { evidenceName } from './evidence-names.js';
import type { ScoringRun } from './run-scoring.js';

const KIND_NAMES: Readonly<Record<string, [string, string]>> = {
  entity: ['entity', 'entities'],
  right: ['mining right', 'mining rights'],
  trader: ['plant or trader', 'plants and traders'],
  exporter: ['exporter', 'exporters'],
  corridor: ['corridor', 'corridors'],
};

function kindName(kind: string, count: number): string {
  const [one, many] = KIND_NAMES[kind] ?? [kind, kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** One line per score: rank, score, subject, and the evidence that weighs most. */
export function renderScoreLines(scores: readonly StoredRiskScore[]): string[] {
  return scores.map((score) => {
    const strongest = score.contributions
      .slice(0, 2)
      .map((item) => `${evidenceName(item.code).en} ${item.points.toFixed(2)}`)
      .join(', ');
    const more = score.contributions.length > 2 ? ` +${score.contributions.length - 2} more` : '';
    const country = score.country ? ` (${score.country})` : '';
    return `  ${String(score.rank).padStart(4)}  ${score.score.toFixed(3)}  ${score.subjectId}  ${score.label}${country}  [${strongest}${more}]`;
  });
}

/** What `veta score` prints: the run, then the top subjects of each kind. */
export function renderScoringRun(run: ScoringRun, top: Readonly<Record<string, StoredRiskScore[]>>): string {
  const counts = Object.entries(run.subjects)
    .map(([kind, count]) => kindName(kind, count))
    .join(', ');
  const weights = run.weightsSource === 'built-in' ? 'built-in weights' : `weights from ${run.weightsSource}`;
  const lines = [
    `Risk run ${run.runId} (as of ${run.asOf}, ${weights}) scored ${counts} in ${(run.durationMs / 1000).toFixed(1)} s.`,
  ];
  for (const [kind, scores] of Object.entries(top)) {
    if (scores.length === 0) continue;
    lines.push('', `Top ${KIND_NAMES[kind]?.[1] ?? kind}:`, ...renderScoreLines(scores));
  }
  return lines.join('\n');
}

/** One subject's score with every contribution, as `veta risk --subject` prints it. */
export function renderScoreDetail(score: StoredRiskScore): string {
  const lines = [
    `${score.kind} ${score.subjectId}: ${score.label}${score.country ? ` (${score.country})` : ''}`,
    `score ${score.score.toFixed(3)}, rank ${score.rank} in the region, ${score.countryRank} in its country; ${score.alerts} alert(s)`,
    '',
    '  points  weight  value  evidence',
  ];
  for (const item of score.contributions) {
    const source = item.alertId ?? 'signal';
    lines.push(
      `  ${item.points.toFixed(3).padStart(6)}  ${item.weight.toFixed(2).padStart(6)}  ${item.value.toFixed(3)}  ${evidenceName(item.code).en} [${item.code}, ${source}]`,
    );
  }
  return lines.join('\n');
}

/** What `veta warnings` prints: new and riskier subjects, then new alerts, each with its reason. */
export function renderWarnings(feed: EarlyWarningFeed): string {
  const baseline = feed.baselineRun
    ? `run ${feed.baselineRun.id} of ${feed.baselineRun.startedAt.toISOString().slice(0, 10)}`
    : 'no run before it';
  const lines = [
    `Since ${feed.since} (latest run ${feed.latestRun?.id ?? 'none'} against ${baseline}; riskier means up by more than ${feed.step}):`,
  ];
  const fresh = feed.subjects.filter((subject) => subject.change === 'new');
  const risen = feed.subjects.filter((subject) => subject.change === 'risen');
  lines.push('', `New subjects: ${fresh.length}`);
  for (const subject of fresh)
    lines.push(`  ${subject.kind} ${subject.subjectId} ${subject.label}: ${subject.reason.en}`);
  lines.push('', `Riskier subjects: ${risen.length}`);
  for (const subject of risen)
    lines.push(`  ${subject.kind} ${subject.subjectId} ${subject.label}: ${subject.reason.en}`);
  lines.push(
    '',
    `New alerts: ${feed.alerts.total}${feed.alerts.total > feed.alerts.items.length ? ` (first ${feed.alerts.items.length})` : ''}`,
  );
  for (const alert of feed.alerts.items) lines.push(`  ${alert.id} ${alert.reason.en}`);
  return lines.join('\n');
}
