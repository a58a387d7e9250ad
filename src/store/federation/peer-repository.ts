import type { NodeDescriptor } from '../../federation/node-descriptor.js';
import type { Queryable } from '../engine/database.js';

/** A peer key as this node holds it. */
export interface StoredPeer {
  descriptor: NodeDescriptor;
  trustedAt: Date;
  trustedBy: string;
  revokedAt: Date | null;
}

interface PeerRow {
  descriptor: NodeDescriptor;
  trusted_at: Date;
  trusted_by: string;
  revoked_at: Date | null;
}

const COLUMNS = 'descriptor, trusted_at, trusted_by, revoked_at';

/** The peers this node trusts, by node id and key id. */
export const peerRepository = {
  /**
   * Trusts a peer's key; trusting a revoked key again restores it. Returns false when the key was
   * already trusted. A node may hold several keys of one peer while it rotates them.
   */
  async trust(db: Queryable, descriptor: NodeDescriptor, by: string): Promise<boolean> {
    const rows = await db.query<{ node_id: string }>(
      `INSERT INTO federation_peer (node_id, key_id, role, country, name, descriptor, trusted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (node_id, key_id) DO UPDATE
         SET revoked_at = NULL, trusted_at = now(), trusted_by = EXCLUDED.trusted_by, descriptor = EXCLUDED.descriptor,
             role = EXCLUDED.role, country = EXCLUDED.country, name = EXCLUDED.name
         WHERE federation_peer.revoked_at IS NOT NULL
       RETURNING node_id`,
      [
        descriptor.nodeId,
        descriptor.keyId,
        descriptor.role,
        descriptor.country,
        descriptor.name,
        descriptor,
        by,
      ],
    );
    return rows.length > 0;
  },

  /** Stops trusting a peer's keys (one key, or all of the node's); returns how many were revoked. */
  async revoke(db: Queryable, nodeId: string, keyId?: string): Promise<number> {
    const rows = await db.query(
      `UPDATE federation_peer SET revoked_at = now()
       WHERE node_id = $1 AND ($2::text IS NULL OR key_id = $2) AND revoked_at IS NULL
       RETURNING key_id`,
      [nodeId, keyId ?? null],
    );
    return rows.length;
  },

  /** The key, if this node trusts it now. */
  async trusted(db: Queryable, nodeId: string, keyId: string): Promise<NodeDescriptor | undefined> {
    const [row] = await db.query<{ descriptor: NodeDescriptor }>(
      'SELECT descriptor FROM federation_peer WHERE node_id = $1 AND key_id = $2 AND revoked_at IS NULL',
      [nodeId, keyId],
    );
    return row?.descriptor;
  },

  /** True when the node holds this key at all, trusted or revoked. */
  async known(db: Queryable, nodeId: string, keyId: string): Promise<boolean> {
    const rows = await db.query('SELECT 1 FROM federation_peer WHERE node_id = $1 AND key_id = $2', [
      nodeId,
      keyId,
    ]);
    return rows.length > 0;
  },

  /** Every peer key, trusted or revoked, by node. */
  async list(db: Queryable): Promise<StoredPeer[]> {
    const rows = await db.query<PeerRow>(
      `SELECT ${COLUMNS} FROM federation_peer ORDER BY node_id, trusted_at`,
    );
    return rows.map((row) => ({
      descriptor: row.descriptor,
      trustedAt: row.trusted_at,
      trustedBy: row.trusted_by,
      revokedAt: row.revoked_at,
    }));
  },
};
