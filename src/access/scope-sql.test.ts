import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyCondition } from './scope-sql.js';

void describe('agency conditions', () => {
  it('narrows a user of one agency to rows of that agency or of none, and leaves others unnarrowed', () => {
    const params: unknown[] = ['x'];
    assert.equal(
      agencyCondition({ countries: ['PE'], agency: 'SUNAT' }, 'o.agency', params),
      '(o.agency IS NULL OR o.agency = $2)',
    );
    assert.deepEqual(params, ['x', 'SUNAT']);
    assert.equal(agencyCondition({ countries: 'ALL', agency: null }, 'o.agency', params), 'TRUE');
    assert.equal(params.length, 2);
  });
});
