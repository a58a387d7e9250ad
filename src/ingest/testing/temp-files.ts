import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { workbookParts } from './xlsx-parts.js';
import { zipFile } from './zip-file.js';

/**
 * A one-sheet workbook with its sheet before the shared strings, where Excel writes it: exceljs's
 * own pass over a zip copies such a sheet to a temporary file, which a reading must not leave.
 */
export function sheetFirstWorkbook(sheetName: string, rows: readonly (readonly string[])[]): Buffer {
  const parts = workbookParts(sheetName, rows);
  const sheet = parts.filter((part) => part.path.startsWith('xl/worksheets/'));
  return zipFile([...sheet, ...parts.filter((part) => !sheet.includes(part))]);
}

/** The temporary files this process (any of its threads) left in the system's temporary folder. */
export function temporaryFilesLeft(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
}

/** The temporary files still left once a few seconds have passed for a cleanup under way. */
export async function temporaryFilesLeftAfterCleanup(): Promise<string[]> {
  for (let waited = 0; waited < 5_000 && temporaryFilesLeft().length > 0; waited += 50) await sleep(50);
  return temporaryFilesLeft();
}
