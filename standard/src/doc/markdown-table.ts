/**
 * Renders a Markdown table with padded columns, the layout Prettier gives tables, so that the
 * generated document passes `prettier --check` unchanged.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => header.map((_, i) => escapeCell(row[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join(' | ')} |`;
  const [head = [], ...body] = cells;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Wraps text as inline code. */
export function code(text: string): string {
  return `\`${text}\``;
}

function escapeCell(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim();
}

// Prettier measures cells in display columns; the standard's text has no wide (CJK) characters,
// so each grapheme (a letter with its accent) is one column.
const graphemes = new Intl.Segmenter('es', { granularity: 'grapheme' });

function width(text: string): number {
  let count = 0;
  for (const segment of graphemes.segment(text)) if (segment.segment !== '') count++;
  return count;
}
