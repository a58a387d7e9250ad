import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Queryable } from '../store/engine/database.js';
import {
  partyStatement,
  relationshipStatement,
  type PartyRecord,
  type RelationshipRecord,
} from './bods-statements.js';

interface RelationshipRow {
  id: string;
  layout: string;
  subject: string;
  interested_party: string;
  body: { interests?: Record<string, unknown>[]; declaredOn?: string };
  file: string;
  row_number: number;
}

interface PartyRow {
  id: string;
  kind: string | null;
  body: Record<string, unknown>;
  layout: string;
  file: string;
  row_number: number;
}

const PAGE = 5000;

/**
 * Writes every ownership and control relationship, with the parties it links, as one BODS 0.4 JSON
 * array: each page of relationships is preceded by the statements of the parties it first names,
 * so a reader meets a record before any statement that refers to it. Returns what was written.
 */
export async function exportBods(
  db: Queryable,
  out: Writable,
  today: string,
): Promise<{ parties: number; relationships: number }> {
  const seen = new Set<string>();
  let relationships = 0;
  let first = true;
  const write = async (value: unknown): Promise<void> => {
    if (!out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(value)}`)) await once(out, 'drain');
    first = false;
  };
  let after: [string, string] = ['', ''];
  for (;;) {
    const page = await db.query<RelationshipRow>(
      `SELECT r.id, r.layout, r.subject, r.interested_party, r.body, f.name AS file, r.row_number
       FROM relationship r JOIN source_file f ON f.id = r.source_file_id
       WHERE r.subject IS NOT NULL AND r.interested_party IS NOT NULL AND (r.layout, r.id) > ($1, $2)
       ORDER BY r.layout, r.id LIMIT ${PAGE}`,
      after,
    );
    if (page.length === 0) break;
    const fresh = [...new Set(page.flatMap((row) => [row.subject, row.interested_party]))].filter(
      (id) => !seen.has(id),
    );
    for (const party of await partiesOf(db, fresh)) await write(partyStatement(party, today));
    for (const id of fresh) seen.add(id);
    for (const row of page) {
      await write(relationshipStatement(relationshipOf(row), today));
      relationships++;
    }
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = [last.layout, last.id];
  }
  out.write(relationships === 0 ? '[]\n' : '\n]\n');
  return { parties: seen.size, relationships };
}

function relationshipOf(row: RelationshipRow): RelationshipRecord {
  return {
    id: `${row.layout}/${row.id}`,
    subject: row.subject,
    interestedParty: row.interested_party,
    interests: row.body.interests ?? [],
    declaredOn: row.body.declaredOn ?? null,
    where: `${row.file}, row ${row.row_number} (${row.layout})`,
  };
}

/** One record per party, the fullest its registers hold; a party no register describes gets its id only. */
async function partiesOf(db: Queryable, ids: readonly string[]): Promise<PartyRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<PartyRow>(
    `SELECT DISTINCT ON (p.id) p.id, p.kind, p.body, p.layout, f.name AS file, p.row_number
     FROM party p JOIN source_file f ON f.id = p.source_file_id
     WHERE p.id = ANY ($1::text[])
     ORDER BY p.id, (SELECT count(*) FROM jsonb_object_keys(p.body)) DESC, p.layout`,
    [ids],
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = found.get(id);
    return row
      ? { id, kind: row.kind, body: row.body, where: `${row.file}, row ${row.row_number} (${row.layout})` }
      : { id, kind: null, body: { identifiers: [id] }, where: 'named in a relationship only' };
  });
}
