import { basename } from 'node:path';
import { stringify } from 'yaml';
import { isRecordTypeName, RECORD_SCHEMAS } from '@veta/standard';
import type { Draft } from './draft-profile.js';
import { topOf } from './precedents.js';
import type { DraftField } from './propose-fields.js';
import type { DraftRecord } from './propose-records.js';

function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The fields a person should look at before using the draft, as "record type path: why". */
export function doubts(draft: Draft): string[] {
  return draft.records.flatMap((record) =>
    [record.id, ...record.fields].flatMap((field) =>
      field.doubt ? [`${record.type} ${field.path}: ${field.doubt}`] : [],
    ),
  );
}

/**
 * The draft as a profile file in the shipped profiles' style: one line per field, each field the
 * drafter is unsure of preceded by a TODO saying why, and the columns no field reads listed at the
 * end with what their values look like.
 */
export function writeDraft(draft: Draft): string {
  const { profile } = draft;
  const lines = [
    `# Drafted by "veta profiles draft" from ${basename(draft.source)}. Review every TODO, then`,
    `# try it with "veta ingest FILE --profile THIS-FILE --dry-run".`,
    `id: ${flow(profile.id)}`,
    `title: ${flow(profile.title)}`,
    ...(profile.country
      ? [`country: ${profile.country}`]
      : ['# TODO: no country found; add "country: XX" for a national layout.']),
    `format: ${flow(profile.format)}`,
    `fileName: ${flow(profile.fileName)}`,
    `required: ${flow(profile.required)}`,
    ...(profile.crosswalks ? [`crosswalks: ${flow(profile.crosswalks)}`] : []),
    'records:',
  ];
  for (const record of draft.records) {
    lines.push(`  - type: ${record.type}`);
    lines.push(...comment(record.id, '    '), `    id: ${flow(record.id.spec)}`);
    if (record.when) lines.push(`    when: ${flow(record.when)}`);
    if (record.each) lines.push(`    each: ${flow(record.each)}`);
    lines.push(record.fields.length > 0 ? '    fields:' : '    fields: {}');
    for (const field of record.fields)
      lines.push(...comment(field, '      '), `      ${flow(field.path)}: ${flow(field.spec)}`);
    const missing = unfilledRequired(record);
    if (missing.length > 0)
      lines.push(
        `      # TODO: the standard requires ${missing.join(', ')}, which no column was found for: every row is refused until a field fills it.`,
      );
  }
  if (draft.unmapped.length > 0) {
    lines.push('# TODO: columns no field reads (what their values look like); map them or leave them out:');
    for (const { column, kind } of draft.unmapped) lines.push(`#   ${column} (${kind})`);
  }
  return `${lines.join('\n')}\n`;
}

// Properties every record has, filled by the key, the file's country and the reading itself.
const BASE_PROPERTIES: ReadonlySet<string> = new Set(['recordType', 'id', 'country', 'provenance', 'flags']);

/** The properties the standard requires of the record that none of its fields fills. */
export function unfilledRequired(record: DraftRecord): string[] {
  if (!isRecordTypeName(record.type)) return [];
  const filled = new Set(record.fields.map((field) => topOf(field.path)));
  const { required, properties }: { required: readonly string[]; properties: Record<string, unknown> } =
    RECORD_SCHEMAS[record.type];
  // A list no field fills is written empty, which the standard takes.
  const isList = (property: string): boolean => {
    const schema = properties[property];
    return typeof schema === 'object' && schema !== null && 'type' in schema && schema.type === 'array';
  };
  return required.filter(
    (property) => !BASE_PROPERTIES.has(property) && !filled.has(property) && !isList(property),
  );
}

function comment(field: DraftField, indent: string): string[] {
  const from = field.from.length > 0 ? ` (as in ${field.from.join(', ')})` : '';
  return field.doubt ? [`${indent}# TODO: ${field.doubt}${from}.`] : [];
}
