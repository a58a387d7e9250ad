import type { StoredUser } from '../store/users/user-repository.js';
import { ROLES, type Actor, type Role } from './actor.js';

/** Whether a string names one of the roles. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * The actor a stored user acts as. A role the code no longer knows (a database written by a newer
 * Veta) grants nothing: such a user gets no actor rather than a guessed one.
 */
export function actorOf(user: StoredUser, via: Actor['via']): Actor | null {
  if (user.disabled || !isRole(user.role)) return null;
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    scope: { countries: user.countries ?? 'ALL', agency: user.agency },
    via,
  };
}
