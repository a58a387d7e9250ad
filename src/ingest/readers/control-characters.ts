import type { RawRow } from './raw-row.js';

/** True when text holds C0 control characters other than tab and line breaks (NUL among them). */
export function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (isControl(text.charCodeAt(index))) return true;
  }
  return false;
}

function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

function withoutControlCharacters(text: string): string {
  let kept = '';
  for (let index = 0; index < text.length; index++) {
    if (!isControl(text.charCodeAt(index))) kept += text.charAt(index);
  }
  return kept;
}

/**
 * Rejects a row whose values hold control characters, and strips them from what is kept: the
 * database refuses NUL in text, and such bytes mean a corrupted export, not data.
 */
export function rejectControlCharacters(row: RawRow): RawRow {
  let first: string | undefined;
  for (const [column, value] of Object.entries(row.values)) {
    if (!hasControlCharacters(value)) continue;
    first ??= column;
    row.values[column] = withoutControlCharacters(value);
  }
  if (first !== undefined) {
    row.problems.push({
      column: first,
      code: 'CONTROL_CHARACTER',
      message: `Row ${row.rowNumber}, column ${first}: the value holds control characters (such as NUL), a sign of a corrupted export. Export the file again.`,
    });
  }
  return row;
}
