import { DataSharingAgreement, RECORD_TYPE_NAMES } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { SHARE_FORMS } from '../../federation/share-report.js';
import { Bilingual, CountryCode, Nullable, Timestamp } from './common.js';

const RecordType = Type.Enum(RECORD_TYPE_NAMES, { description: 'A record type of the standard.' });

const Tally = Type.Object({
  recordType: RecordType,
  form: Type.Enum(SHARE_FORMS, { description: 'How the clause in force let the node send the type.' }),
  sent: Type.Integer({ description: 'Records (or monthly totals, for an aggregate clause) sent.' }),
  withheld: Type.Integer({ description: 'Records the node kept back, or summed into totals.' }),
  reason: Type.Optional(Type.String({ description: 'Why they were kept back, in the node’s words.' })),
});

const AgreementView = Type.Object({
  agreement: DataSharingAgreement,
  purposes: Type.Array(Type.Object({ code: Type.String(), name: Bilingual }), {
    description: 'The agreement’s purposes, named in both languages.',
  }),
  receivedAt: Timestamp,
  lastReport: Nullable(
    Type.Object(
      {
        sentAt: Timestamp,
        version: Type.Integer(),
        tallies: Type.Array(Tally),
      },
      {
        description:
          'The node’s own count of its last share under the agreement: what it sent and kept back.',
      },
    ),
  ),
});

const NodeView = Type.Object({
  nodeId: Type.String(),
  name: Type.String(),
  country: CountryCode,
  role: Type.Union([Type.Literal('node'), Type.Literal('hub')]),
  keys: Type.Array(
    Type.Object({ keyId: Type.String(), trustedAt: Timestamp, revokedAt: Nullable(Timestamp) }),
    { description: 'The node’s keys this node trusts or trusted; a revoked key signs nothing accepted.' },
  ),
  agreements: Type.Array(AgreementView, {
    description: 'The latest version of each agreement the node shares under.',
  }),
  envelopes: Type.Integer({ description: 'Envelopes applied from the node.' }),
  lastExchange: Nullable(Timestamp),
  received: Type.Array(Type.Object({ recordType: RecordType, records: Type.Integer() }), {
    description: 'Records held from the node, per type.',
  }),
  totals: Type.Array(
    Type.Object({ recordType: RecordType, cells: Type.Integer(), records: Type.Integer() }),
    { description: 'Monthly totals held from the node, per type: the cells, and the records they sum.' },
  ),
});

/** GET /federation/nodes: the peer nodes, their agreements and what was exchanged with each. */
export const FederationNodes = Type.Object({ nodes: Type.Array(NodeView) });
export type FederationNodes = Static<typeof FederationNodes>;
