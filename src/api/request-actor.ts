import type { FastifyRequest } from 'fastify';
import { can, type Actor, type Permission } from '../access/actor.js';
import { VetaError } from '../core/veta-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user, set by the auth plugin; null for an anonymous request. */
    actor: Actor | null;
  }
}

/** The request's actor, whatever their role; 401 for an anonymous request. */
export function requireActor(request: FastifyRequest): Actor {
  const actor = request.actor;
  if (actor === null) {
    throw new VetaError('UNAUTHENTICATED', 'Sign in, or send an API token, to use this part of Veta.');
  }
  return actor;
}

/**
 * The request's actor when their role grants `permission`: every route that reads or changes data
 * starts here, so an anonymous request gets 401 and a role without the grant 403.
 */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor, permission)) {
    throw new VetaError(
      'FORBIDDEN',
      `Your role (${actor.role}) does not allow this (${permission}); ask an administrator if you need it.`,
    );
  }
  return actor;
}
