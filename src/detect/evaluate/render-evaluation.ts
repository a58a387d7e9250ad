import type { Evaluation, TypologyScore } from './evaluate.js';

/**
 * The targets of the detection issue: at least 95 % of planted instances found, at most 10 %
 * unmatched, at most two alerts (episodes) a scheme that shows the typology.
 */
export const TARGETS = { recall: 0.95, unmatchedShare: 0.1, alertsPerScheme: 2 } as const;

/** Whether a typology meets the targets. */
export function meetsTargets(score: TypologyScore): boolean {
  return (
    score.recall >= TARGETS.recall &&
    score.unmatchedShare <= TARGETS.unmatchedShare &&
    score.alertsPerScheme <= TARGETS.alertsPerScheme
  );
}

const COLUMNS = [
  'Typology',
  'Status',
  'Planted',
  'Found',
  'Alerts',
  'Shown by others',
  'Per scheme',
  'Other typology',
  'Unmatched',
  'On aliases',
  'Targets',
];

/** The evaluation as a plain-text table, one typology per line, with the totals below. */
export function renderEvaluation(evaluation: Evaluation, status: (typology: string) => string): string {
  const rows = evaluation.typologies.map((score) => [
    score.typology,
    status(score.typology),
    String(score.planted),
    `${score.found} (${percent(score.recall)})`,
    String(score.alerts),
    `${score.shownByOthersFound}/${score.shownByOthers}`,
    score.alertsPerScheme.toFixed(2),
    String(score.onOtherTypology),
    `${score.unmatched} (${percent(score.unmatchedShare)})`,
    String(score.unmatchedOnAliases),
    meetsTargets(score) ? 'met' : 'NOT met',
  ]);
  const { planted, found, alerts, unmatched } = evaluation.totals;
  const totals = [
    'All',
    '',
    String(planted),
    `${found} (${percent(planted === 0 ? 1 : found / planted)})`,
    String(alerts),
    '',
    '',
    '',
    `${unmatched} (${percent(alerts === 0 ? 0 : unmatched / alerts)})`,
    '',
    '',
  ];
  const table = [COLUMNS, ...rows, totals];
  const widths = COLUMNS.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    line(COLUMNS),
    rule,
    ...rows.map(line),
    rule,
    line(totals),
    '',
    `Targets: found >= ${percent(TARGETS.recall)} of planted, unmatched <= ${percent(TARGETS.unmatchedShare)} of alerts, at most ${String(TARGETS.alertsPerScheme)} alerts per scheme.`,
    '"Shown by others": schemes planted as another typology that show this one by construction (found/all); "Per scheme" divides the alerts by the planted schemes and these.',
    '"Other typology": alerts matching a scheme planted as another typology (counted as matched: the scheme shows both).',
    '"On aliases": unmatched alerts naming a mistyped identifier of a planted subject (entity resolution merges these).',
  ].join('\n');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share === 1 || share === 0 ? 0 : 1)} %`;
}
