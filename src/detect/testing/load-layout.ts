import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { silentLogger } from '../../core/logger.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { loadProfiles, type LoadedProfile } from '../../ingest/profiles/load-profiles.js';
import type { Database } from '../../store/engine/database.js';
import { HEADERS, type Layout } from './headers.js';

export { HEADERS, type Layout } from './headers.js';

/** How a file is written: Colombian agencies export Latin-1, some agencies Windows-style (BOM, CRLF). */
export interface FileOptions {
  readonly encoding?: 'utf-8' | 'latin1';
  /** A UTF-8 byte order mark (never written in Latin-1). */
  readonly bom?: boolean;
  readonly eol?: '\n' | '\r\n';
  /** Profiles other than the built-in ones, for a layout variant a test defines. */
  readonly profiles?: readonly LoadedProfile[];
}

/** Written as Excel on Windows saves it: UTF-8 with BOM, CRLF. */
export const WINDOWS_EXPORT: FileOptions = { bom: true, eol: '\r\n' };

const builtinProfiles = loadProfiles();

/**
 * Writes a file to a fresh temporary folder and loads it through the real ingestion, which must
 * accept every row: a detector test reads exactly the records a user's file would give.
 */
export async function loadLayoutFile(
  db: Database,
  fileName: string,
  text: string,
  options: FileOptions = {},
): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-detect-')), fileName);
  const latin1 = options.encoding === 'latin1';
  writeFileSync(
    path,
    latin1 ? iconv.encode(text, 'latin1') : `${options.bom === true ? '\uFEFF' : ''}${text}`,
  );
  const report = await ingestFile(db, path, {
    profiles: options.profiles ?? builtinProfiles,
    logger: silentLogger(),
    today: '2026-11-26',
  });
  assert.equal(report.rowsRejected, 0, `${fileName}: ${JSON.stringify(report.rejectedByCode)}`);
}

/** Loads `LAYOUT.csv`: the layout's header (or `header`, for a variant), then the lines. */
export async function loadLayout(
  db: Database,
  layout: Layout,
  lines: readonly string[],
  options: FileOptions & { readonly header?: string } = {},
): Promise<void> {
  const eol = options.eol ?? '\n';
  const text = `${[options.header ?? HEADERS[layout], ...lines].join(eol)}${eol}`;
  await loadLayoutFile(db, `${layout}.csv`, text, options);
}

/**
 * Loads several layouts' files in the order given (prices before what is valued at them); `headers`
 * replaces a layout's header for a variant.
 */
export async function loadLayouts(
  db: Database,
  files: Partial<Record<Layout, readonly string[]>>,
  options: FileOptions & { readonly headers?: Partial<Record<Layout, string>> } = {},
): Promise<void> {
  for (const [layout, lines] of Object.entries(files) as [Layout, readonly string[]][]) {
    await loadLayout(db, layout, lines, { ...options, header: options.headers?.[layout] });
  }
}
