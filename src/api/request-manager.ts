import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import type { UserManager } from '../access/user-admin.js';

/** The administrator behind a request, as user management records them (with the client's address). */
export function managerOf(actor: Actor, request: FastifyRequest): UserManager {
  return { id: actor.userId, username: actor.username, scope: actor.scope, context: { ip: request.ip } };
}
