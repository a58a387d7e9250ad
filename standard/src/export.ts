import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listCodeLists, type CodeListTable } from './code-lists.js';
import { listCrosswalks } from './crosswalks.js';
import { kebabCase, recordJsonSchema } from './json-schema.js';
import { RECORD_TYPE_NAMES } from './records/catalogue.js';
import { Rulebook } from './rules/rulebook-schema.js';
import { formatCsv } from './text/csv.js';
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, STANDARD_VERSION } from './version.js';

/**
 * Writes the standard to a directory: one JSON Schema per record type (schemas/), every code list
 * as JSON and CSV (code-lists/) and the crosswalks (crosswalks/); returns the paths written.
 */
export async function writeStandard(dir: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (relative: string, content: string): Promise<void> => {
    const path = join(dir, relative);
    await writeFile(path, content, 'utf8');
    written.push(path);
  };
  for (const folder of ['schemas', 'code-lists', 'crosswalks'])
    await mkdir(join(dir, folder), { recursive: true });
  for (const type of RECORD_TYPE_NAMES) {
    await write(`schemas/${kebabCase(type)}.schema.json`, json(recordJsonSchema(type)));
  }
  await write('schemas/rulebook.schema.json', json(rulebookJsonSchema()));
  for (const list of listCodeLists()) {
    await write(`code-lists/${list.name}.json`, json(codeListJson(list)));
    await write(`code-lists/${list.name}.csv`, formatCsv([list.columns, ...list.rows]));
  }
  for (const crosswalk of listCrosswalks()) await write(`crosswalks/${crosswalk.id}.json`, json(crosswalk));
  return written;
}

/** The rulebook's JSON Schema, as a standalone document (a JSON round trip drops TypeBox's metadata). */
export function rulebookJsonSchema(): Record<string, unknown> {
  const schema = JSON.parse(JSON.stringify(Rulebook)) as Record<string, unknown>;
  return { $schema: JSON_SCHEMA_DIALECT, $id: `${SCHEMA_ID_BASE}rulebook`, ...schema };
}

function codeListJson(list: CodeListTable): Record<string, unknown> {
  const items = list.rows.map((row) =>
    Object.fromEntries(list.columns.map((column, i) => [column, row[i] ?? ''])),
  );
  return { name: list.name, description: list.description, version: STANDARD_VERSION, items };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
