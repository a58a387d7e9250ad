import type { Me } from '../api/types';

/** What a user may do, mirroring the server's grants so the UI offers only what will succeed. */
export type Permission = 'triage' | 'assign' | 'close' | 'ingest';

const GRANTS: Record<Me['role'], readonly Permission[]> = {
  viewer: [],
  analyst: ['triage', 'ingest'],
  supervisor: ['triage', 'assign', 'close', 'ingest'],
  admin: ['triage', 'assign', 'close', 'ingest'],
  auditor: [],
};

/** Whether the user's role grants the permission (the server checks again). */
export function may(me: Me | null | undefined, permission: Permission): boolean {
  return me ? GRANTS[me.role].includes(permission) : false;
}
