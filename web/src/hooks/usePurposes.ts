import { useMemo } from 'react';
import { getFederationNodes, type HeldAgreement } from '../api/federation';
import type { Bilingual } from '../api/types';
import { useResource } from './useResource';

/** A purpose an agreement lists, named in both languages. */
export type NamedPurpose = HeldAgreement['purposes'][number];

/** The purposes of the agreements this node holds from its peers, as the "Nodos" page names them. */
export interface KnownPurposes {
  /** Each purpose some agreement lists, by its code. */
  names: ReadonlyMap<string, Bilingual>;
  /** The purposes of a peer's agreement when this node holds it, else every purpose known. */
  of: (node: string | undefined, agreement: string | undefined) => NamedPurpose[];
  loading: boolean;
}

/**
 * Reads the purposes from GET /federation/nodes (the agreements peers sent, with their purposes
 * named), so an agreement's codes read in the user's language wherever they are shown.
 */
export function usePurposes(): KnownPurposes {
  const { data, loading } = useResource((signal) => getFederationNodes(signal), 'nodes');
  return useMemo(() => {
    const nodes = data?.nodes ?? [];
    const names = new Map<string, Bilingual>();
    for (const node of nodes)
      for (const held of node.agreements)
        for (const purpose of held.purposes) names.set(purpose.code, purpose.name);
    const of = (node: string | undefined, agreement: string | undefined): NamedPurpose[] => {
      const held = nodes
        .find((peer) => peer.nodeId === node)
        ?.agreements.find((entry) => entry.agreement.id === agreement);
      return held ? held.purposes : [...names].map(([code, name]) => ({ code, name }));
    };
    return { names, of, loading };
  }, [data, loading]);
}
