import type { Me } from '../api/types';

/** What a user may do, as the server sends it with the signed-in user (GET /auth/me). */
export type Permission = Me['permissions'][number];

/** Whether the signed-in user may do it: the UI offers only what will succeed (the server checks again). */
export function may(me: Me | null | undefined, permission: Permission): boolean {
  return me ? me.permissions.includes(permission) : false;
}
