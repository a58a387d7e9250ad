import type { RecordMapping } from '../profiles/profile.js';
import type { DraftField } from './propose-fields.js';

/** A record mapping of the draft, each part with its doubts. */
export interface DraftRecord {
  type: string;
  id: DraftField;
  when?: string[];
  each?: RecordMapping['each'];
  fields: DraftField[];
}

/** The record mapping a draft record stands for. */
export function mappingOf(record: DraftRecord): RecordMapping {
  return {
    type: record.type,
    id: record.id.spec,
    ...(record.when ? { when: record.when } : {}),
    ...(record.each ? { each: record.each } : {}),
    fields: Object.fromEntries(record.fields.map((field) => [field.path, field.spec])),
  };
}
