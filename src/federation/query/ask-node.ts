import type { DataSharingAgreement } from '@veta/standard';
import { appendAudit } from '../../audit/append-audit.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { acceptEnvelope } from '../accept-envelope.js';
import { EnvelopeRefused, sealEnvelope, type Envelope } from '../envelope.js';
import type { NodeIdentity } from '../node-identity.js';
import { connectBroker, type BrokerNames } from '../transport/nats-broker.js';
import { askOver } from './question-transport.js';
import { describeQuestion, parseAnswer, type AnswerPayload, type Question } from './questions.js';

/**
 * Asks `node` a question, signed, under the latest agreement it sent this node that allows the
 * question; takes its answer only signed by a key this node trusts and in reply to this very query.
 * The question and its outcome, answered or refused, go to the audit trail.
 */
export async function askNode(
  db: Database,
  identity: NodeIdentity,
  node: string,
  question: Question,
  broker: { url: string; names: BrokerNames; timeoutMs?: number },
  day = new Date().toISOString().slice(0, 10),
): Promise<AnswerPayload> {
  const agreement = await agreementAllowing(db, node, question, day);
  const query = sealEnvelope(
    {
      to: node,
      kind: 'query',
      agreement: { id: agreement.id, version: agreement.version },
      payload: question,
    },
    identity,
  );
  const audit = (outcome: Record<string, unknown>) =>
    appendAudit(db, {
      actorId: null,
      actorUsername: 'cli',
      action: 'federation.query',
      subjectKind: 'node',
      subjectId: node,
      countries: [],
      details: {
        query: query.id,
        agreement: `${agreement.id} v${String(agreement.version)}`,
        question: describeQuestion(question),
        ...outcome,
      },
    });
  let payload: AnswerPayload;
  try {
    payload = await sendAndAccept(db, identity, node, query, broker);
  } catch (error) {
    // A question asked is on the trail whatever became of it: unanswered, or a reply refused.
    await audit({ failed: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  await audit('refused' in payload ? { refused: payload.refused } : { answered: true });
  return payload;
}

async function sendAndAccept(
  db: Database,
  identity: NodeIdentity,
  node: string,
  query: Envelope,
  broker: { url: string; names: BrokerNames; timeoutMs?: number },
): Promise<AnswerPayload> {
  const nc = await connectBroker(broker.url);
  let reply: unknown;
  try {
    reply = await askOver(nc, broker.names, node, query, broker.timeoutMs ?? 30_000);
  } finally {
    await nc.close();
  }
  return db.transaction(async (tx) => {
    const { envelope } = await acceptEnvelope(tx, reply, identity.descriptor.nodeId);
    const answer = parseAnswer(envelope.payload);
    if (envelope.kind !== 'answer' || envelope.from !== node)
      throw new EnvelopeRefused(
        'misdirected',
        `The reply from ${envelope.from} does not answer query ${query.id}.`,
      );
    if (typeof answer === 'string')
      throw new EnvelopeRefused('malformed', `The reply to query ${query.id}: ${answer}.`);
    if (answer.inReplyTo !== query.id)
      throw new EnvelopeRefused(
        'misdirected',
        `The reply from ${envelope.from} does not answer query ${query.id}.`,
      );
    return answer;
  });
}

async function agreementAllowing(
  db: Database,
  node: string,
  question: Question,
  day: string,
): Promise<DataSharingAgreement> {
  const held = await db.query<{ document: DataSharingAgreement }>(
    `SELECT DISTINCT ON (id) document FROM federation_agreement WHERE from_node = $1 ORDER BY id, version DESC`,
    [node],
  );
  const allowing = held
    .map((row) => row.document)
    .find(
      (agreement) =>
        (agreement.questions ?? []).includes(question.kind) &&
        agreement.validFrom <= day &&
        day <= agreement.validUntil,
    );
  if (allowing === undefined)
    throw new VetaError(
      'AGREEMENT_INVALID',
      `No agreement in force that ${node} sent this node allows the question ${question.kind} (${held.length === 0 ? 'it has sent none' : `it sent ${held.map((row) => `${row.document.id} v${String(row.document.version)}`).join(', ')}`}). The question is asked only under an agreement that lists it.`,
    );
  return allowing;
}
