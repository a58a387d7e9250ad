import type { Actor } from '../access/actor.js';
import { isRole } from '../access/user-actor.js';
import { VetaError } from '../core/veta-error.js';
import {
  alertCaseRepository,
  type AlertCase,
  type CaseEvent,
} from '../store/alerts/alert-case-repository.js';
import type { Queryable } from '../store/engine/database.js';
import { userRepository, type StoredUser } from '../store/users/user-repository.js';
import { nextStatuses, type CaseStatus } from './case-status.js';
import {
  assignmentRefusal,
  commentRefusal,
  transitionRefusal,
  type AssigneeCandidate,
  type Refusal,
} from './triage-rules.js';

/**
 * Changes to an alert's case: an alert inside another's episode shares its episode's, so a change
 * made from any of its alerts is the episode's (alert-case-repository.ts). Each runs inside the caller's transaction (`tx`), so the change, its
 * history entry and the caller's audit entry commit together or not at all; each locks the case
 * first, so the rules are checked against the status as it is at that moment.
 */

/** Moves the case to `to`; returns the status it left. */
export async function transitionAlert(
  tx: Queryable,
  actor: Actor,
  alertId: string,
  change: { to: CaseStatus; reason?: string | undefined },
): Promise<{ from: CaseStatus; to: CaseStatus }> {
  const current = await lockedCase(tx, actor, alertId);
  refuseIf(transitionRefusal(actor, current.status, change.to, change.reason));
  const reason = change.reason?.trim() ?? '';
  await alertCaseRepository.transition(
    tx,
    current.alertId,
    { from: current.status, to: change.to, reason: reason === '' ? null : reason },
    author(actor),
  );
  return { from: current.status, to: change.to };
}

/** Gives the case to `assignee`, or to no one; returns who held it before (a username or null). */
export async function assignAlert(
  tx: Queryable,
  actor: Actor,
  alertId: string,
  assignee: AssigneeCandidate | null,
): Promise<{ previous: string | null }> {
  const current = await lockedCase(tx, actor, alertId);
  refuseIf(assignmentRefusal(actor, current, assignee));
  const holder = assignee ? { userId: assignee.userId, username: assignee.username } : null;
  await alertCaseRepository.assign(tx, current.alertId, holder, author(actor));
  return { previous: current.assigneeUsername };
}

/** Adds a comment to the case; returns it as stored. */
export async function commentOnAlert(
  tx: Queryable,
  actor: Actor,
  alertId: string,
  text: string,
): Promise<CaseEvent> {
  refuseIf(commentRefusal(actor));
  const trimmed = text.trim();
  if (trimmed === '') throw new VetaError('USAGE', 'Write something in the comment (text).');
  const current = await lockedCase(tx, actor, alertId);
  return alertCaseRepository.comment(tx, current.alertId, trimmed, author(actor));
}

/**
 * The users the actor may give the alert to now, by the same rule that `assignAlert` applies:
 * active, allowed to work on alerts, seeing the alert's country. Empty for a closed case.
 */
export async function assigneesFor(db: Queryable, actor: Actor, alertId: string): Promise<StoredUser[]> {
  const current = await alertCaseRepository.current(db, actor.scope, alertId);
  if (!current) throw alertNotFound(alertId);
  const users = await userRepository.active(db);
  return users.filter((user) => assignmentRefusal(actor, current, assigneeCandidate(user)) === null);
}

/** A stored user as the assignment rule weighs them. */
export function assigneeCandidate(user: StoredUser): AssigneeCandidate {
  return {
    userId: user.id,
    username: user.username,
    // A role this Veta does not know grants nothing: the rule then refuses it as one who cannot triage.
    role: isRole(user.role) ? user.role : 'viewer',
    scope: { countries: user.countries ?? 'ALL', agency: user.agency },
    active: !user.disabled,
  };
}

/** The statuses this actor may move a case in `status` to (a dismissal still needs its reason). */
export function statusesOpenTo(actor: Pick<Actor, 'role'>, status: CaseStatus): CaseStatus[] {
  return nextStatuses(status).filter((to) => transitionRefusal(actor, status, to, 'reason given') === null);
}

/** The answer for an alert that does not exist or that the actor may not see: the same for both. */
export function alertNotFound(alertId: string): VetaError {
  return new VetaError('NOT_FOUND', `There is no alert ${alertId} among the alerts you can see.`);
}

async function lockedCase(tx: Queryable, actor: Actor, alertId: string): Promise<AlertCase> {
  const current = await alertCaseRepository.lock(tx, actor.scope, alertId);
  if (!current) throw alertNotFound(alertId);
  return current;
}

function refuseIf(refusal: Refusal | null): void {
  if (refusal) throw new VetaError(refusal.code, refusal.message);
}

function author(actor: Actor): { userId: string; username: string } {
  return { userId: actor.userId, username: actor.username };
}
