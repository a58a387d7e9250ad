import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAgreement } from '@veta/standard';
import type { Database } from '../../store/engine/database.js';
import { sealEnvelope, type Envelope } from '../envelope.js';
import type { NodeIdentity } from '../node-identity.js';
import { peruAndHub } from './test-nodes.js';
import { trustPeer } from '../peer-trust.js';
import { applyEnvelope } from '../receive/apply-envelope.js';
import type { ShareReport } from '../share-report.js';

/** What the peer reports it sent and kept back: one type sent in part, one kept whole. */
export const REPORTED: ShareReport = {
  tallies: [
    { recordType: 'CustomsDeclaration', form: 'fields', sent: 3, withheld: 0 },
    {
      recordType: 'InputTransaction',
      form: 'none',
      sent: 0,
      withheld: 12,
      reason: 'agreement PE-HUB v1 shares no InputTransaction',
    },
  ],
};

/** Peru's node and the hub, and Peru's signed agreement and report of a share, in that order. */
export async function reportingPeer(): Promise<{
  peru: NodeIdentity;
  hub: NodeIdentity;
  envelopes: Envelope[];
}> {
  const root = await mkdtemp(join(tmpdir(), 'veta-peer-'));
  try {
    const { peru, hub } = await peruAndHub(root);
    const agreement = parseAgreement(
      {
        id: 'PE-HUB',
        version: 1,
        title: { es: 'Acuerdo de prueba con el nodo regional', en: 'Test agreement with the hub' },
        from: 'PE',
        to: 'HUB',
        purposes: ['CROSS_BORDER_DETECTION'],
        legalBasis: 'Decisión 774 de la Comunidad Andina',
        validFrom: '2025-01-01',
        validUntil: '2030-12-31',
        records: {
          CustomsDeclaration: {
            fields: ['country', 'number', 'date', 'declarant', 'netMassKg'],
            pseudonymised: ['declarant'],
          },
          InputTransaction: 'none',
        },
      },
      'the test agreement',
    );
    const version = { id: agreement.id, version: agreement.version };
    return {
      peru,
      hub,
      envelopes: [
        sealEnvelope({ to: 'HUB', kind: 'agreement', agreement: version, payload: { agreement } }, peru),
        sealEnvelope({ to: 'HUB', kind: 'report', agreement: version, payload: REPORTED }, peru),
      ],
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Makes `db` a hub that trusts Peru's node and has applied, signed by it, its agreement (customs
 * declarations by some fields, inputs not at all) and its report of a share. Returns Peru's node id.
 */
export async function hubWithReportedPeer(db: Database): Promise<string> {
  const { peru, hub, envelopes } = await reportingPeer();
  await trustPeer(db, peru.descriptor, hub.descriptor, { id: null, username: 'cli:test' });
  for (const envelope of envelopes) await applyEnvelope(db, envelope, 'HUB', '2025-01-01');
  return peru.descriptor.nodeId;
}
