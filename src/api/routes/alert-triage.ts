import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Actor } from '../../access/actor.js';
import { CASE_STATUSES } from '../../core/case-statuses.js';
import { VetaError } from '../../core/veta-error.js';
import { wordList } from '../../core/word-list.js';
import { alertSearchRepository } from '../../store/alerts/alert-search-repository.js';
import type { Queryable } from '../../store/engine/database.js';
import { userRepository } from '../../store/users/user-repository.js';
import {
  alertNotFound,
  assignAlert,
  assigneeCandidate,
  assigneesFor,
  commentOnAlert,
  transitionAlert,
} from '../../triage/alert-triage.js';
import type { AssigneeCandidate } from '../../triage/triage-rules.js';
import { countriesConcerned } from '../../audit/audit-countries.js';
import { audit } from '../audit-request.js';
import { alertDetail } from '../alert-detail.js';
import { presentComment } from '../presenters/alert-presenter.js';
import { requirePermission } from '../request-actor.js';
import {
  AlertDetail,
  AlertParams,
  Assignees,
  AssignBody,
  CaseComment,
  CommentBody,
  TransitionBody,
} from '../schemas/alert-schemas.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';

/**
 * POST /alerts/:id/transition, /assign and /comments: an analyst's work on an alert's case. Each
 * change, its history entry and its audit entry commit in one transaction. GET /alerts/:id/assignees
 * lists whom a supervisor may give the alert to.
 */
export const alertTriageRoutes: FastifyPluginAsyncTypebox = (app) => {
  /** The alert as it stands after a change, for the caller to show. */
  async function detailAfterChange(tx: Queryable, actor: Actor, id: string) {
    const detail = await alertDetail(tx, actor, id);
    if (!detail) throw alertNotFound(id);
    return detail;
  }

  app.post(
    '/alerts/:id/transition',
    {
      schema: {
        tags: ['alerts'],
        summary: `Move an alert's case to another status (${wordList(CASE_STATUSES)})`,
        params: AlertParams,
        body: TransitionBody,
        response: { 200: AlertDetail, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 409) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'triage');
      const { id } = request.params;
      return app.db.transaction(async (tx) => {
        const moved = await transitionAlert(tx, actor, id, request.body);
        const details = { from: moved.from, to: moved.to, reason: request.body.reason ?? null };
        const detail = await detailAfterChange(tx, actor, id);
        const countries = countriesConcerned(actor.scope, [detail.country]);
        await audit(
          request,
          { action: 'alert.transition', subjectKind: 'alert', subjectId: id, countries, details },
          { db: tx },
        );
        return detail;
      });
    },
  );

  app.get(
    '/alerts/:id/assignees',
    {
      schema: {
        tags: ['alerts'],
        summary: 'The users you may give an alert to now',
        description:
          'Supervisors and administrators: active users who may work on alerts and see the alert’s country, by name. Empty when the alert is closed.',
        params: AlertParams,
        response: { 200: Assignees, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'assign');
      const users = await assigneesFor(app.db, actor, request.params.id);
      return {
        items: users.map((user) => ({
          username: user.username,
          displayName: user.displayName,
          role: user.role,
        })),
      };
    },
  );

  app.post(
    '/alerts/:id/assign',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Give an alert to a user by username, or to no one (null)',
        description:
          'Analysts may take an unheld alert or let go of their own; supervisors and administrators assign anyone who may work alerts and sees the alert’s country.',
        params: AlertParams,
        body: AssignBody,
        response: { 200: AlertDetail, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 409) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'triage');
      const { id } = request.params;
      return app.db.transaction(async (tx) => {
        const assignee = request.body.assignee === null ? null : await candidate(tx, request.body.assignee);
        const { previous } = await assignAlert(tx, actor, id, assignee);
        const details = { from: previous, to: assignee?.username ?? null };
        const detail = await detailAfterChange(tx, actor, id);
        const countries = countriesConcerned(actor.scope, [detail.country]);
        await audit(
          request,
          { action: 'alert.assign', subjectKind: 'alert', subjectId: id, countries, details },
          { db: tx },
        );
        return detail;
      });
    },
  );

  app.post(
    '/alerts/:id/comments',
    {
      schema: {
        tags: ['alerts'],
        summary: "Comment on an alert's case",
        params: AlertParams,
        body: CommentBody,
        response: { 201: CaseComment, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'triage');
      const { id } = request.params;
      const comment = await app.db.transaction(async (tx) => {
        const event = await commentOnAlert(tx, actor, id, request.body.text);
        const alert = await alertSearchRepository.find(tx, actor.scope, id);
        const countries = countriesConcerned(actor.scope, [alert?.country]);
        const details = { event: event.id };
        await audit(
          request,
          { action: 'alert.comment', subjectKind: 'alert', subjectId: id, countries, details },
          { db: tx },
        );
        return event;
      });
      return reply.code(201).send(presentComment(comment));
    },
  );
  return Promise.resolve();
};

/** The user named as assignee, as the triage rules weigh them. */
async function candidate(db: Queryable, username: string): Promise<AssigneeCandidate> {
  const user = await userRepository.byUsername(db, username);
  if (!user) throw new VetaError('USAGE', `There is no user ${username}; check the username.`);
  return assigneeCandidate(user);
}
