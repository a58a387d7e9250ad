import { clauseFor, type DataSharingAgreement } from '@veta/standard';
import { appendAudit } from '../../audit/append-audit.js';
import type { Database, Queryable } from '../../store/engine/database.js';
import { acceptEnvelope } from '../accept-envelope.js';
import { EnvelopeRefused, sealEnvelope, type Envelope } from '../envelope.js';
import type { NodeIdentity } from '../node-identity.js';
import {
  describeQuestion,
  parseQuestion,
  type AnswerPayload,
  type ExporterTotalsAnswer,
  type Question,
  type RegisteredAnswer,
} from './questions.js';

/**
 * Answers a hub's signed query under `agreement`, the node's own: only a question the agreement
 * lists, from the node it is addressed to, while it is in force. Anything else is refused with the
 * reason, in a signed answer too, so the asker learns why. Both outcomes are audited here; the
 * query's id is recorded with the answer, so a replayed query is refused.
 */
export async function answerQuestion(
  db: Database,
  identity: NodeIdentity,
  agreement: DataSharingAgreement,
  value: unknown,
  day = new Date().toISOString().slice(0, 10),
): Promise<Envelope> {
  const self = identity.descriptor.nodeId;
  // Who asked, and which query this answers, are taken only from a query that passed its checks:
  // a refusal of a forged copy names neither, so it cannot pass for the answer to the real one.
  let inReplyTo = '';
  let payload: AnswerPayload;
  let asker = 'unknown';
  try {
    payload = await db.transaction(async (tx) => {
      const { envelope } = await acceptEnvelope(tx, value, self);
      asker = envelope.from;
      inReplyTo = envelope.id;
      const question = parseQuestion(envelope.payload);
      if (typeof question === 'string')
        throw new EnvelopeRefused('malformed', `Query ${envelope.id}: ${question}.`);
      const refusal = refusalUnder(agreement, envelope, question, day);
      if (refusal !== undefined) return { inReplyTo, question, refused: refusal };
      return { inReplyTo, question, answer: await answerOf(tx, question) };
    });
  } catch (error) {
    if (!(error instanceof EnvelopeRefused)) throw error;
    payload = { inReplyTo, question: null, refused: error.message };
  }
  const claimed = claimedSender(value);
  await appendAudit(db, {
    actorId: null,
    actorUsername: `node ${asker === 'unknown' ? `${claimed} (unverified)` : asker}`,
    action: 'federation.answer',
    subjectKind: 'agreement',
    subjectId: `${agreement.id} v${String(agreement.version)}`,
    countries: [identity.descriptor.country],
    details: {
      query: inReplyTo === '' ? queryId(value) : inReplyTo,
      from: asker === 'unknown' ? `${claimed} (unverified)` : asker,
      question: payload.question === null ? null : describeQuestion(payload.question),
      ...('refused' in payload ? { refused: payload.refused } : { answered: true }),
    },
  });
  return sealEnvelope(
    {
      to: asker === 'unknown' ? claimed : asker,
      kind: 'answer',
      agreement: { id: agreement.id, version: agreement.version },
      payload,
    },
    identity,
  );
}

function refusalUnder(
  agreement: DataSharingAgreement,
  envelope: Envelope,
  question: Question,
  day: string,
): string | undefined {
  const named = `agreement ${agreement.id} v${String(agreement.version)}`;
  if (envelope.kind !== 'query') return `envelope ${envelope.id} is a ${envelope.kind}, not a query`;
  if (envelope.from !== agreement.to) return `${named} is with ${agreement.to}, not with ${envelope.from}`;
  if (envelope.agreement?.id !== agreement.id || envelope.agreement.version !== agreement.version)
    return `the query cites ${envelope.agreement === null ? 'no agreement' : `${envelope.agreement.id} v${String(envelope.agreement.version)}`}; this node answers under ${named}`;
  if (day < agreement.validFrom || day > agreement.validUntil)
    return `${named} is not in force on ${day} (${agreement.validFrom} to ${agreement.validUntil})`;
  if (!(agreement.questions ?? []).includes(question.kind))
    return `${named} does not allow the question ${question.kind}; it allows ${(agreement.questions ?? []).join(', ') || 'none'}`;
  // The totals of purchases and production are those records' own: asked only where the
  // agreement shares them in some form already.
  if (question.kind === 'EXPORTER_TOTALS')
    for (const recordType of ['MineralTransaction', 'ProductionDeclaration'] as const)
      if (clauseFor(agreement, recordType, day).clause === 'none')
        return `${named} shares no ${recordType}, so it gives no totals of it either`;
  return undefined;
}

async function answerOf(tx: Queryable, question: Question): Promise<RegisteredAnswer | ExporterTotalsAnswer> {
  if (question.kind === 'IDENTIFIER_REGISTERED') {
    const registers = await tx.query<{ layout: string; records: number }>(
      `SELECT layout, count(*)::int AS records FROM party WHERE identifiers @> ARRAY[$1]::text[]
       GROUP BY layout ORDER BY layout`,
      [question.identifier],
    );
    return { registered: registers.length > 0, registers };
  }
  const months = await tx.query<ExporterTotalsAnswer['months'][number]>(
    `WITH bought AS (
       SELECT to_char(date, 'YYYY-MM') AS month, sum(coalesce(fine_mass_kg, 0))::float8 AS fine,
              sum(coalesce(gross_mass_kg, 0))::float8 AS gross, count(*)::int AS n
       FROM mineral_transaction
       WHERE buyer = $1 AND metal = 'AU' AND to_char(date, 'YYYY-MM') BETWEEN $2 AND $3 GROUP BY 1
     ), produced AS (
       SELECT to_char(period_start, 'YYYY-MM') AS month, sum(quantity_kg)::float8 AS kg
       FROM production_declaration
       WHERE declarant = $1 AND metal = 'AU' AND to_char(period_start, 'YYYY-MM') BETWEEN $2 AND $3 GROUP BY 1
     )
     SELECT coalesce(b.month, p.month) AS month, coalesce(b.fine, 0) AS "boughtFineKg",
            coalesce(b.gross, 0) AS "boughtGrossKg", coalesce(b.n, 0) AS purchases, coalesce(p.kg, 0) AS "producedKg"
     FROM bought b FULL JOIN produced p ON p.month = b.month ORDER BY 1`,
    [question.exporter, question.from, question.to],
  );
  return { months };
}

function claimedSender(value: unknown): string {
  return typeof value === 'object' && value !== null && 'from' in value && typeof value.from === 'string'
    ? value.from.slice(0, 32)
    : 'unknown';
}

function queryId(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
    ? value.id.slice(0, 64)
    : '';
}
