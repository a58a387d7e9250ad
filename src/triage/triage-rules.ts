import { can, type Actor, type Role } from '../access/actor.js';
import { seesCountry, type Scope } from '../store/scope/scope.js';
import { nextStatuses, type CaseStatus } from './case-status.js';

/**
 * Who may change an alert's case, and how. Pure functions of the actor and the case: they return
 * the reason a change is refused (null when it is allowed), and the API turns a refusal into its
 * HTTP answer. A refusal's code is the stable error code the API reports.
 */

/** Why a change was refused, as a stable code and a sentence the user can act on. */
export interface Refusal {
  readonly code: 'FORBIDDEN' | 'CONFLICT' | 'USAGE';
  readonly message: string;
}

/** The user an alert would be assigned to, as the user directory knows them. */
export interface AssigneeCandidate {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly active: boolean;
}

/** The case a change applies to: its status, its assignee and the alert's country. */
export interface CaseState {
  readonly status: CaseStatus;
  readonly assigneeId: string | null;
  readonly country: string | null;
}

/** Why moving a case from `from` to `to` is refused for this actor, or null when it may go ahead. */
export function transitionRefusal(
  actor: Pick<Actor, 'role'>,
  from: CaseStatus,
  to: CaseStatus,
  reason: string | undefined,
): Refusal | null {
  if (!can(actor, 'triage')) {
    return forbidden(actor.role, 'change the status of alerts');
  }
  const allowed = nextStatuses(from);
  if (!allowed.includes(to)) {
    return {
      code: 'CONFLICT',
      message: `The alert is ${from}; from ${from} it can move only to ${listed(allowed)}.`,
    };
  }
  if ((to === 'closed' || from === 'closed') && !can(actor, 'close')) {
    return forbidden(actor.role, to === 'closed' ? 'close alerts' : 'reopen closed alerts');
  }
  if (to === 'dismissed' && (reason ?? '').trim() === '') {
    return {
      code: 'USAGE',
      message: 'Say why the alert is dismissed (reason): the next analyst reads it before reopening.',
    };
  }
  return null;
}

/**
 * Why assigning the case to `assignee` (null: leaving it unassigned) is refused for this actor, or
 * null. Anyone who triages may take a case themselves or let go of their own; giving it to someone
 * else, or taking it from them, needs the assign permission.
 */
export function assignmentRefusal(
  actor: Pick<Actor, 'role' | 'userId'>,
  state: CaseState,
  assignee: AssigneeCandidate | null,
): Refusal | null {
  if (!can(actor, 'triage')) return forbidden(actor.role, 'assign alerts');
  if (state.status === 'closed') {
    return { code: 'CONFLICT', message: 'The alert is closed; reopen it before assigning it.' };
  }
  const self = assignee === null ? state.assigneeId === actor.userId : assignee.userId === actor.userId;
  const takesFromOther = state.assigneeId !== null && state.assigneeId !== actor.userId;
  if ((!self || takesFromOther) && !can(actor, 'assign')) {
    return {
      code: 'FORBIDDEN',
      message: `Your role (${actor.role}) may assign an alert only to yourself, and only when no one else holds it; ask a supervisor.`,
    };
  }
  if (assignee === null) return null;
  if (!assignee.active) {
    return { code: 'USAGE', message: `${assignee.username} is deactivated; choose an active user.` };
  }
  if (!can(assignee, 'triage')) {
    return {
      code: 'USAGE',
      message: `${assignee.username} is a ${assignee.role} and cannot work on alerts; choose an analyst or a supervisor.`,
    };
  }
  if (!seesCountry(assignee.scope, state.country)) {
    return {
      code: 'USAGE',
      message: `${assignee.username} cannot see ${state.country ?? 'regional'} data; choose someone whose countries include it.`,
    };
  }
  return null;
}

function forbidden(role: Role, what: string): Refusal {
  return {
    code: 'FORBIDDEN',
    message: `Your role (${role}) does not allow you to ${what}; ask a supervisor if you need it.`,
  };
}

function listed(statuses: readonly CaseStatus[]): string {
  const labels = [...statuses];
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''}`;
}

/** Why commenting on a case is refused for this actor, or null: anyone who triages may comment. */
export function commentRefusal(actor: Pick<Actor, 'role'>): Refusal | null {
  return can(actor, 'triage') ? null : forbidden(actor.role, 'comment on alerts');
}
