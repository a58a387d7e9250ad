import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { verifyAudit } from '../../audit/verify-audit.js';
import { auditRepository } from '../../store/audit/audit-repository.js';
import {
  AuditEventSchema,
  AuditVerificationSchema,
  presentAuditEvent,
  presentAuditVerification,
} from '../presenters/audit-event.js';
import { requirePermission } from '../request-actor.js';
import { Page, pageQuery } from '../schemas/common.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

const AuditPageQuery = Type.Object(pageQuery(500, 50));

const AuditList = Page(AuditEventSchema);

/** GET /audit and GET /audit/verify: the audit trail, for administrators and auditors. */
export const auditRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest entry first: the entries concerning your countries',
        querystring: AuditPageQuery,
        response: { 200: AuditList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read-audit');
      const { limit, offset } = request.query;
      const page = await auditRepository.list(app.db, actor.scope, { limit, offset });
      return { items: page.items.map(presentAuditEvent), total: page.total, limit, offset };
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Walk the hash chain and report the first entry that was tampered with, if any',
        response: { 200: AuditVerificationSchema, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read-audit');
      return presentAuditVerification(await verifyAudit(app.db, actor.scope));
    },
  );
  return Promise.resolve();
};
