import { AgreementError, loadAgreement, type DataSharingAgreement } from '@veta/standard';
import { ownAgreements } from '../../store/federation/own-agreements.js';
import { appendAudit } from '../../audit/append-audit.js';
import { auditCountries } from '../../audit/audit-countries.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { sealEnvelope, type Envelope } from '../envelope.js';
import type { NodeIdentity } from '../node-identity.js';
import type { LinkageKey } from '../linkage/linkage-key.js';
import { linkageShareOptions } from '../linkage/pseudonymise.js';
import type { ShareReport } from '../share-report.js';
import { collectShare, type CollectedShare, type PendingBatches } from './collect-share.js';
import { shareMarks } from './share-marks.js';

/** Reads an agreement file, its mistakes as one error the command line prints. */
export function agreementFile(path: string): DataSharingAgreement {
  try {
    return loadAgreement(path);
  } catch (error) {
    if (error instanceof AgreementError) throw new VetaError('AGREEMENT_INVALID', error.message);
    throw error;
  }
}

/**
 * Shares what `agreement` allows from this node: every envelope sealed with its key and handed to
 * `deliver` (a bundle folder or the broker); the marks move on, and the share is audited, only
 * once every envelope was delivered, so a share cut short is sent again whole.
 */
export async function shareNode(
  db: Database,
  identity: NodeIdentity,
  agreement: DataSharingAgreement,
  deliver: (envelope: Envelope) => Promise<void>,
  options: {
    day?: string;
    actor?: string;
    onRecords?: (read: number) => void;
    /** The region's linkage key: without it, nothing under a pseudonymised clause is sent. */
    linkage?: LinkageKey | undefined;
    pending?: PendingBatches;
  } = {},
): Promise<CollectedShare> {
  const self = identity.descriptor;
  if (agreement.from !== self.country)
    throw new VetaError(
      'AGREEMENT_INVALID',
      `Agreement ${agreement.id} is ${agreement.from}'s to send, and this node is ${self.country}'s (${self.nodeId}). Share it from ${agreement.from}'s node.`,
    );
  const day = options.day ?? new Date().toISOString().slice(0, 10);
  const collected = await collectShare(
    db,
    agreement,
    day,
    (content) => deliver(sealEnvelope(content, identity)),
    {
      onRecords: options.onRecords,
      pending: options.pending,
      ...(options.linkage === undefined
        ? {}
        : linkageShareOptions(options.linkage, await naturalPersons(db))),
    },
  );
  // Last, the node's own count of what it sent and kept back: only it knows what it withheld.
  const report: ShareReport = { tallies: collected.tallies };
  await deliver(
    sealEnvelope(
      {
        to: agreement.to,
        kind: 'report',
        agreement: { id: agreement.id, version: agreement.version },
        payload: report,
      },
      identity,
    ),
  );
  const share: CollectedShare = { ...collected, envelopes: collected.envelopes + 1 };
  await db.transaction(async (tx) => {
    await shareMarks.write(tx, agreement.id, share.marks);
    // A request to reveal a person cites the version it was shared under: the node keeps each.
    await ownAgreements.record(tx, agreement);
    await appendAudit(tx, {
      actorId: null,
      actorUsername: options.actor ?? 'cli',
      action: 'federation.share',
      subjectKind: 'agreement',
      subjectId: `${agreement.id} v${String(agreement.version)}`,
      countries: auditCountries([self.country]),
      details: {
        to: agreement.to,
        envelopes: share.envelopes,
        tallies: share.tallies.map(({ recordType, form, sent, withheld }) => ({
          recordType,
          form,
          sent,
          withheld,
        })),
      },
    });
  });
  return share;
}

/** The ids and documents of the node's natural persons, which pseudonymisation replaces wherever they appear. */
async function naturalPersons(db: Database): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM party WHERE kind = 'PERSON'
     UNION SELECT unnest(identifiers) FROM party WHERE kind = 'PERSON'`,
  );
  return new Set(rows.map((row) => row.id));
}
