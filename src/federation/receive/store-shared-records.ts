import type { RecordTypeName, SharedFields } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';
import { EnvelopeRefused } from '../envelope.js';

interface Citation {
  sha256: string;
  layout: string;
  row: number;
  name: string | undefined;
}

/**
 * Stores shared records at the receiver, replacing earlier copies by key. Each of the sender's
 * files becomes a source file here, known by its SHA-256 (its name only where the share carries
 * it), and gets a batch that names the envelope, so every record keeps its origin. The source row
 * is kept only where the share carried it (a full share); elsewhere the sender holds it. A record
 * whose share left out its country is the sending node's: scope and detection need a country.
 */
export async function storeSharedRecords(
  tx: Queryable,
  envelope: { id: string; from: string },
  senderCountry: string,
  recordType: RecordTypeName,
  records: readonly SharedFields[],
): Promise<string | undefined> {
  const byFile = new Map<string, { citation: Citation; records: SharedFields[] }>();
  for (const record of records) {
    const citation = citationOf(record);
    const group = byFile.get(`${citation.sha256}\u0000${citation.layout}`) ?? { citation, records: [] };
    group.records.push(record);
    byFile.set(`${citation.sha256}\u0000${citation.layout}`, group);
  }
  const { table, columns } = RECORD_TABLES[recordType];
  const names = Object.keys(columns);
  for (const { citation, records: group } of byFile.values()) {
    // Keys as an array the primary key looks up one by one: joined to a set of unknown size, the
    // planner scanned every record of the layout for each key.
    const keys = group.map((record) => record.id);
    // A record the hub holds from elsewhere (another node, or a file it loaded itself) is not this
    // sender's to replace.
    const [taken] = await tx.query<{ id: string }>(
      `SELECT t.id FROM ${table} t JOIN ingest_batch b ON b.id = t.batch_id
       WHERE t.layout = $1 AND t.id = ANY($2::text[])
         AND b.envelope_from IS DISTINCT FROM $3
       LIMIT 1`,
      [citation.layout, keys, envelope.from],
    );
    if (taken !== undefined)
      return `${recordType} ${taken.id} of ${citation.layout} is held at the hub from another source, which ${envelope.from} cannot replace`;
    const [file] = await tx.query<{ id: string }>(
      `INSERT INTO source_file (name, size_bytes, sha256, layout) VALUES ($1, 0, $2, $3)
       ON CONFLICT (sha256) DO UPDATE SET name = CASE WHEN source_file.name LIKE '% held by %' THEN EXCLUDED.name ELSE source_file.name END
       RETURNING id::text AS id`,
      [
        citation.name ?? `${citation.layout} file ${citation.sha256.slice(0, 12)} held by ${envelope.from}`,
        citation.sha256,
        citation.layout,
      ],
    );
    const [batch] = await tx.query<{ id: string }>(
      `INSERT INTO ingest_batch (source_file_id, layout, status, rows_read, rows_accepted, finished_at, envelope_from, envelope_id)
       VALUES ($1, $2, 'succeeded', $3, $3, now(), $4, $5) RETURNING id::text AS id`,
      [file?.id, citation.layout, group.length, envelope.from, envelope.id],
    );
    const input = group.map((record) => {
      const { provenance, flags, ...body } = record as { provenance?: { raw?: unknown }; flags?: unknown };
      return {
        id: record.id,
        row: citationOf(record).row,
        body,
        flags: flags ?? [],
        raw: provenance?.raw ?? {},
      };
    });
    await tx.query(`DELETE FROM ${table} WHERE layout = $1 AND id = ANY($2::text[])`, [
      citation.layout,
      keys,
    ]);
    await tx.query(
      `WITH added AS (
         INSERT INTO ${table} (id, layout, country, source_file_id, batch_id, row_number, body, flags, raw, ${names.join(', ')})
         SELECT id, $2, coalesce(b->>'country', $5), $3, $4, row_number, b, flags, raw, ${names.map((name) => columns[name]).join(', ')}
         FROM (SELECT e->>'id' AS id, (e->>'row')::int AS row_number, e->'body' AS b, e->'flags' AS flags, e->'raw' AS raw
               FROM jsonb_array_elements($1::jsonb) e OFFSET 0) AS shared
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [JSON.stringify(input), citation.layout, file?.id, batch?.id, senderCountry],
    );
  }
  return undefined;
}

// The keys every share carries (CITATION_FIELDS): the hub cites a record by them.
function citationOf(record: SharedFields): Citation {
  const provenance = record.provenance as
    { sourceFile?: { sha256?: unknown; name?: unknown }; layout?: unknown; row?: unknown } | undefined;
  const sha256 = provenance?.sourceFile?.sha256;
  const layout = provenance?.layout;
  const row = provenance?.row;
  const name = provenance?.sourceFile?.name;
  if (
    typeof sha256 !== 'string' ||
    typeof layout !== 'string' ||
    typeof row !== 'number' ||
    typeof record.id !== 'string'
  )
    throw new EnvelopeRefused(
      'malformed',
      `A shared ${String(record.recordType)} record lacks its id, file hash, layout or row: the hub could not cite it.`,
    );
  return { sha256, layout, row, name: typeof name === 'string' ? name : undefined };
}
