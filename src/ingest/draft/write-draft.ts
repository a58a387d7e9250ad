import { basename } from 'node:path';
import { stringify } from 'yaml';
import type { Draft } from './draft-profile.js';
import type { DraftField } from './propose-fields.js';

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
  }
  if (draft.unmapped.length > 0) {
    lines.push('# TODO: columns no field reads (what their values look like); map them or leave them out:');
    for (const { column, kind } of draft.unmapped) lines.push(`#   ${column} (${kind})`);
  }
  return `${lines.join('\n')}\n`;
}

function comment(field: DraftField, indent: string): string[] {
  const from = field.from.length > 0 ? ` (as in ${field.from.join(', ')})` : '';
  return field.doubt ? [`${indent}# TODO: ${field.doubt}${from}.`] : [];
}
