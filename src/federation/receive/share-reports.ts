import type { Queryable } from '../../store/engine/database.js';
import { EnvelopeRefused, type Envelope } from '../envelope.js';
import { parseShareReport } from '../share-report.js';
import { agreementsHeld } from './agreements-held.js';

/**
 * Keeps a sender's report of a share under an agreement version the hub holds. It is the sender's
 * word on what it kept back: the hub shows it as such, and checks only its form.
 */
export async function storeShareReport(tx: Queryable, envelope: Envelope): Promise<void> {
  const cited = envelope.agreement;
  const refuse = (why: string): never => {
    throw new EnvelopeRefused('not-allowed', `Envelope ${envelope.id} from ${envelope.from}: ${why}.`);
  };
  if (cited === null) return refuse('it reports a share under no agreement');
  const held = await agreementsHeld.versions(tx, envelope.from, cited.id);
  if (!held.some((version) => version.version === cited.version))
    refuse(
      `it reports a share under agreement ${cited.id} v${String(cited.version)}, which this node has not received from ${envelope.from}`,
    );
  const report = parseShareReport(envelope.payload);
  if (typeof report === 'string')
    throw new EnvelopeRefused('malformed', `Envelope ${envelope.id} from ${envelope.from}: ${report}.`);
  await tx.query(
    `INSERT INTO federation_share_report (from_node, envelope_id, agreement_id, agreement_version, sent_at, tallies)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [envelope.from, envelope.id, cited.id, cited.version, envelope.sentAt, JSON.stringify(report.tallies)],
  );
}
