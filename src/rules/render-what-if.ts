import { describeRule, ruleValue } from './render-comparison.js';
import type { CandidateEffect, StrictestWhatIf } from './strictest-what-if.js';

/** The "what if" view as text for a terminal: one block per candidate, a row per country. */
export function renderWhatIf(view: StrictestWhatIf): string {
  const blocks = view.candidates.map((candidate) => {
    const { topic, rule, strictest } = candidate;
    const holders = strictest.countries.join(', ');
    const head = [
      `${topic.name.en} / ${topic.name.es}`,
      `  Strictest: ${ruleValue(strictest.value, topic.unit)}, held by ${holders}`,
      `  Hypothetical: every country holds ${rule.from}'s rule, ${describeRule(rule, topic.unit)}`,
    ];
    if (candidate.typologies.length === 0)
      return [...head, '  No detector reads this rule yet: no alert would change.'].join('\n');
    const bound = candidate.bound.map((entry) => `${entry.typology}.${entry.threshold}`);
    return [
      ...head,
      `  Detectors run: ${candidate.typologies.join(', ')}${bound.length > 0 ? ` (bound: ${bound.join(', ')})` : ''}`,
      ...table(candidate),
    ].join('\n');
  });
  return [
    `What if the region adopted the strictest rule: rules in force on ${view.day} (rulebook ${view.version})`,
    '',
    ...blocks.flatMap((block) => [block, '']),
    'Counts are the alerts of the detectors run, raised now and under the candidate; nothing is stored.',
  ].join('\n');
}

function table(candidate: CandidateEffect): string[] {
  const rows = Object.entries(candidate.countries).map(([country, counts]) => [
    country,
    String(counts.now),
    String(counts.strictest),
    signed(counts.strictest - counts.now),
  ]);
  const header = ['Country', 'Now', 'Strictest', 'Difference'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`;
  return [line(header), ...rows.map(line)];
}

function signed(difference: number): string {
  return difference > 0 ? `+${String(difference)}` : String(difference);
}
