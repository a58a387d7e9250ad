/**
 * Who is asking, and what they may see and do. Every API route receives an Actor from the auth
 * plugin; every query that returns data narrows it with the actor's Scope (store/scope/), so the
 * line between countries and agencies is drawn in one place.
 */
import type { Scope } from '../store/scope/scope.js';

/** The roles, from least to most trusted for changes; auditors read the audit trail, not cases. */
export const ROLES = ['viewer', 'analyst', 'supervisor', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** An authenticated user, as the API and the audit trail know them. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly scope: Scope;
  /** How the request authenticated: a browser session cookie or a machine's API token. */
  readonly via: 'session' | 'token';
}

/** The things a role may do; reading within scope is granted to every role but auditor. */
export const PERMISSIONS = [
  'read',
  'triage',
  'assign',
  'close',
  'ingest',
  'manage-users',
  'read-audit',
  'request-reveal',
  'decide-reveal',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['read'],
  analyst: ['read', 'triage', 'ingest', 'request-reveal'],
  supervisor: ['read', 'triage', 'assign', 'close', 'ingest', 'request-reveal', 'decide-reveal'],
  // Whoever runs the node may do everything it offers.
  admin: PERMISSIONS,
  auditor: ['read-audit'],
};

/** Whether the actor's role grants the permission. */
export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

/** What a role may do, in the order of PERMISSIONS: the API sends it so the web app holds no copy. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => GRANTS[role].includes(permission));
}
