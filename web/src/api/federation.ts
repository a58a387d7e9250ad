import { apiGet } from './client';
import type { Answer } from './types';

/** The peer nodes, their agreements and what was exchanged with each. */
export type FederationNodes = Answer<'/api/federation/nodes'>;
/** One peer node. */
export type PeerNode = FederationNodes['nodes'][number];
/** An agreement a peer shares under, with its last share's report. */
export type HeldAgreement = PeerNode['agreements'][number];
/** How an agreement shares one record type. */
export type SharingClause = NonNullable<
  HeldAgreement['agreement']['records'][keyof HeldAgreement['agreement']['records']]
>;

/** The peers this node trusts or trusted, as the "Nodos" page shows them. */
export function getFederationNodes(signal?: AbortSignal): Promise<FederationNodes> {
  return apiGet<FederationNodes>('/federation/nodes', {}, signal);
}
