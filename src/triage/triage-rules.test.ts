import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../access/actor.js';
import { CASE_STATUSES, nextStatuses, type CaseStatus } from './case-status.js';
import { assignmentRefusal, transitionRefusal, type AssigneeCandidate } from './triage-rules.js';

const analyst = { role: 'analyst' as const, userId: 'u-ana' };
const supervisor = { role: 'supervisor' as const, userId: 'u-sup' };

function candidate(userId: string, role: Role, countries: string[] | 'ALL' = ['PE']): AssigneeCandidate {
  return { userId, username: userId, role, scope: { countries, agency: null }, active: true };
}

void describe('case transitions', () => {
  it('allows exactly the moves of the case life cycle', () => {
    const allowed = CASE_STATUSES.flatMap((from) =>
      CASE_STATUSES.filter((to) => transitionRefusal(supervisor, from, to, 'checked') === null).map(
        (to) => `${from}->${to}`,
      ),
    );
    assert.deepEqual(allowed, [
      'open->in_review',
      'in_review->open',
      'in_review->escalated',
      'in_review->dismissed',
      'escalated->in_review',
      'escalated->closed',
      'dismissed->open',
      'dismissed->closed',
      'closed->open',
    ]);
  });

  it('refuses a move out of the life cycle naming the status and the moves allowed from it', () => {
    const refusal = transitionRefusal(supervisor, 'in_review', 'closed', undefined);
    assert.deepEqual(refusal, {
      code: 'CONFLICT',
      message: 'The alert is in_review; from in_review it can move only to escalated, dismissed or open.',
    });
    assert.match(
      transitionRefusal(analyst, 'open', 'escalated', undefined)?.message ?? '',
      /only to in_review\.$/,
    );
    assert.equal(transitionRefusal(supervisor, 'open', 'open', undefined)?.code, 'CONFLICT');
  });

  it('requires a reason to dismiss', () => {
    assert.equal(transitionRefusal(analyst, 'in_review', 'dismissed', undefined)?.code, 'USAGE');
    assert.equal(transitionRefusal(analyst, 'in_review', 'dismissed', '   ')?.code, 'USAGE');
    assert.equal(transitionRefusal(analyst, 'in_review', 'dismissed', 'licensed trader'), null);
  });

  it('leaves closing and reopening closed cases to those who may close', () => {
    assert.equal(transitionRefusal(analyst, 'escalated', 'closed', undefined)?.code, 'FORBIDDEN');
    assert.equal(transitionRefusal(analyst, 'dismissed', 'closed', undefined)?.code, 'FORBIDDEN');
    assert.equal(transitionRefusal(analyst, 'closed', 'open', undefined)?.code, 'FORBIDDEN');
    assert.equal(transitionRefusal(analyst, 'dismissed', 'open', undefined), null);
    assert.equal(transitionRefusal({ role: 'admin' }, 'closed', 'open', undefined), null);
  });

  it('refuses every move to roles that do not triage', () => {
    for (const role of ['viewer', 'auditor'] as const) {
      for (const from of CASE_STATUSES) {
        for (const to of nextStatuses(from)) {
          assert.equal(
            transitionRefusal({ role }, from, to, 'x')?.code,
            'FORBIDDEN',
            `${role} ${from}->${to}`,
          );
        }
      }
    }
  });
});

void describe('case assignment', () => {
  const open = (assigneeId: string | null = null, status: CaseStatus = 'open') => ({
    status,
    assigneeId,
    country: 'PE',
  });

  it('lets an analyst take a free case or let go of their own, and nothing more', () => {
    assert.equal(assignmentRefusal(analyst, open(), candidate('u-ana', 'analyst')), null);
    assert.equal(assignmentRefusal(analyst, open('u-ana'), null), null);
    assert.equal(assignmentRefusal(analyst, open(), candidate('u-other', 'analyst'))?.code, 'FORBIDDEN');
    assert.equal(
      assignmentRefusal(analyst, open('u-other'), candidate('u-ana', 'analyst'))?.code,
      'FORBIDDEN',
    );
    assert.equal(assignmentRefusal(analyst, open('u-other'), null)?.code, 'FORBIDDEN');
  });

  it('lets a supervisor give a case to anyone who may work it and sees its country', () => {
    assert.equal(assignmentRefusal(supervisor, open('u-ana'), candidate('u-other', 'analyst')), null);
    assert.equal(assignmentRefusal(supervisor, open('u-ana'), null), null);
    assert.match(
      assignmentRefusal(supervisor, open(), candidate('u-view', 'viewer'))?.message ?? '',
      /u-view is a viewer and cannot work on alerts/,
    );
    assert.match(
      assignmentRefusal(supervisor, open(), candidate('u-col', 'analyst', ['CO']))?.message ?? '',
      /u-col cannot see PE data/,
    );
    assert.equal(assignmentRefusal(supervisor, open(), candidate('u-reg', 'analyst', 'ALL')), null);
    const inactive = { ...candidate('u-gone', 'analyst'), active: false };
    assert.equal(assignmentRefusal(supervisor, open(), inactive)?.code, 'USAGE');
  });

  it('refuses assigning a closed case and assigning by those who do not triage', () => {
    assert.equal(
      assignmentRefusal(supervisor, open(null, 'closed'), candidate('u-sup', 'supervisor'))?.code,
      'CONFLICT',
    );
    assert.equal(
      assignmentRefusal({ role: 'viewer', userId: 'u-v' }, open(), candidate('u-v', 'viewer'))?.code,
      'FORBIDDEN',
    );
  });
});
