import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { can, permissionsOf, ROLES } from './actor.js';

void describe('roles', () => {
  it('grants changes only to the roles that make them', () => {
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'triage')),
      ['analyst', 'supervisor', 'admin'],
    );
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'read-audit')),
      ['admin', 'auditor'],
    );
    assert.equal(can({ role: 'auditor' }, 'read'), false);
    // Asking a node to reveal a person is an analyst's; deciding on it, a supervisor's.
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'request-reveal')),
      ['analyst', 'supervisor', 'admin'],
    );
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'decide-reveal')),
      ['supervisor', 'admin'],
    );
  });

  it('lists what a role may do, as the API sends it to the web app', () => {
    assert.deepEqual(permissionsOf('supervisor'), [
      'read',
      'triage',
      'assign',
      'close',
      'ingest',
      'request-reveal',
      'decide-reveal',
    ]);
    assert.deepEqual(permissionsOf('auditor'), ['read-audit']);
  });
});
