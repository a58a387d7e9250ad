import type { DataSharingAgreement } from '@veta/standard';
import type { Queryable } from '../engine/database.js';

/** The agreement versions this node shared, as it shared them. */
export const ownAgreements = {
  async record(db: Queryable, agreement: DataSharingAgreement): Promise<void> {
    await db.query(
      `INSERT INTO federation_own_agreement (id, version, to_node, document) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id, version) DO NOTHING`,
      [agreement.id, agreement.version, agreement.to, agreement],
    );
  },

  async latestVersion(db: Queryable, id: string): Promise<number | undefined> {
    const [row] = await db.query<{ version: number }>(
      'SELECT max(version) AS version FROM federation_own_agreement WHERE id = $1',
      [id],
    );
    return row?.version ?? undefined;
  },

  async version(db: Queryable, id: string, version: number): Promise<DataSharingAgreement | undefined> {
    const [row] = await db.query<{ document: DataSharingAgreement }>(
      'SELECT document FROM federation_own_agreement WHERE id = $1 AND version = $2',
      [id, version],
    );
    return row?.document;
  },
};
