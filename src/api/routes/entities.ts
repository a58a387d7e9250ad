import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { VetaError } from '../../core/veta-error.js';
import { neighbourhood } from '../../network/graph/neighbourhood.js';
import { ultimateOwners } from '../../network/ultimate-owners.js';
import type { Database } from '../../store/engine/database.js';
import { entityProfileQueries, type EntityIdentity } from '../../store/entities/entity-profile-queries.js';
import type { StoredEntity } from '../../store/entities/entity-queries.js';
import { riskRepository } from '../../store/risk/risk-repository.js';
import { entitySearchQueries } from '../../store/entities/entity-search-queries.js';
import { entityTimelineQueries } from '../../store/entities/entity-timeline-queries.js';
import { countriesConcerned } from '../../audit/audit-countries.js';
import { audit } from '../audit-request.js';
import {
  presentEntityMatch,
  presentNetwork,
  presentOwners,
  presentProfile,
  presentTimelineEvent,
} from '../presenters/entity.js';
import { IdParams } from '../schemas/common.js';
import {
  EntityNetwork,
  EntityOwners,
  EntityProfile,
  EntitySearchPage,
  EntitySearchQuery,
  EntityTimeline,
  NetworkQuery,
  TimelineQuery,
} from '../schemas/entity-schemas.js';
import { requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/** Alerts a profile lists (the total says how many more there are). */
const PROFILE_ALERTS = 50;

/** The deepest ownership chain followed, as `veta owners` follows it. */
const OWNERSHIP_DEPTH = 20;

function notFound(id: string): VetaError {
  return new VetaError(
    'NOT_FOUND',
    `No entity "${id}" among the records you may see; search for it with GET /api/entities?q=…`,
  );
}

/**
 * The entity, its records in the actor's scope and their parties' canonical ids; NOT_FOUND when
 * none of its records is in scope, so that an entity of another country is not even confirmed.
 */
async function visibleEntity(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ entity: StoredEntity; identities: EntityIdentity[]; parties: string[] }> {
  const entity = await entityProfileQueries.visibleEntity(db, actor.scope, id);
  if (entity === undefined) throw notFound(id);
  const identities = await entityProfileQueries.identities(db, actor.scope, id);
  return { entity, identities, parties: [...new Set(identities.map((identity) => identity.recordId))] };
}

function read(request: FastifyRequest): Actor {
  return requirePermission(request, 'read');
}

/** GET /entities, /entities/:id, /entities/:id/owners, /network, /timeline: entities within the caller's countries. */
export const entityRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Find entities by name (accents and typos forgiven) or identifier, best first',
        querystring: EntitySearchQuery,
        response: { 200: EntitySearchPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = read(request);
      const { q, country, kind, limit, offset } = request.query;
      const found = await entitySearchQueries.search(app.db, actor.scope, {
        text: q,
        country,
        kind,
        limit,
        offset,
      });
      return { items: found.items.map(presentEntityMatch), total: found.total, limit, offset };
    },
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'An entity: its records in each source with provenance, its alerts and activity',
        params: IdParams,
        response: { 200: EntityProfile, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = read(request);
      const { id } = request.params;
      const [profile, risk] = await Promise.all([
        entityProfileQueries.profile(app.db, actor.scope, id, PROFILE_ALERTS),
        riskRepository.scoresOf(app.db, actor.scope, 'entity', [id]),
      ]);
      // Audited once the profile shows which of the entity's countries the reader reached; the
      // answer goes out only if the entry is written.
      const reached = profile?.identities.map((identity) => identity.country) ?? [];
      const countries = countriesConcerned(actor.scope, reached);
      await audit(request, { action: 'entity.read', subjectKind: 'entity', subjectId: id, countries });
      if (profile === undefined) throw notFound(id);
      return presentProfile(profile, risk.get(id) ?? null);
    },
  );

  app.get(
    '/entities/:id/owners',
    {
      schema: {
        tags: ['entities'],
        summary: 'Who owns or controls the entity: every declared chain and its ultimate owners',
        params: IdParams,
        response: { 200: EntityOwners, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = read(request);
      const { entity, parties } = await visibleEntity(app.db, actor, request.params.id);
      const reports = [];
      for (const party of parties) {
        reports.push(await ultimateOwners(app.db, party, OWNERSHIP_DEPTH, actor.scope));
      }
      const owners = reports.flatMap((report) => report.owners.map((owner) => owner.party));
      return presentOwners(entity.id, reports, await entityProfileQueries.entitiesOf(app.db, owners));
    },
  );

  app.get(
    '/entities/:id/network',
    {
      schema: {
        tags: ['entities'],
        summary:
          'The parties within some links of the entity: ownership, control, shared address, gold trade',
        params: IdParams,
        querystring: NetworkQuery,
        response: { 200: EntityNetwork, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = read(request);
      const { entity } = await visibleEntity(app.db, actor, request.params.id);
      const { hops, limit } = request.query;
      const found = await neighbourhood(app.db, actor.scope, entity.id, { hops, limit });
      const risk = await riskRepository.scoresOf(
        app.db,
        actor.scope,
        'entity',
        found.nodes.map((node) => node.id),
      );
      return presentNetwork(found, risk);
    },
  );

  app.get(
    '/entities/:id/timeline',
    {
      schema: {
        tags: ['entities'],
        summary: 'What the entity declared, bought, sold, exported and imported, by date',
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: EntityTimeline, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = read(request);
      const { parties } = await visibleEntity(app.db, actor, request.params.id);
      const { from, to, limit, offset } = request.query;
      const page = await entityTimelineQueries.timeline(app.db, actor.scope, parties, {
        from,
        to,
        limit,
        offset,
      });
      return { items: page.items.map(presentTimelineEvent), total: page.total, limit, offset };
    },
  );
  return Promise.resolve();
};
