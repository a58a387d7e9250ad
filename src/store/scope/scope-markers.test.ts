import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyScope } from './scope-markers.js';

void describe('scope markers in .sql files', () => {
  it('replaces each marker by its condition, numbering the values after the query’s own', () => {
    const params: unknown[] = ['E1'];
    const sql = applyScope(
      `SELECT 1 FROM t WHERE id = $1 AND {scope:t.country} AND {scopes:g.countries} AND x = '{a,b}'`,
      { countries: ['PE'], agency: null },
      params,
    );
    assert.equal(
      sql,
      `SELECT 1 FROM t WHERE id = $1 AND t.country = ANY($2::text[]) AND g.countries && $3::text[] AND x = '{a,b}'`,
    );
    assert.deepEqual(params, ['E1', ['PE'], ['PE']]);
  });

  it('lets regional users see everything', () => {
    const params: unknown[] = [];
    assert.equal(
      applyScope('WHERE {scope:country}', { countries: 'ALL', agency: null }, params),
      'WHERE TRUE',
    );
    assert.deepEqual(params, []);
  });
});
