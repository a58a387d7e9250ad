import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRecords } from './features.js';
import { prepareRecord } from './prepared-record.js';
import type { ResolutionRecord } from './resolution-record.js';
import { vetoed } from './scoring.js';

const party = (kind: 'PERSON' | 'ORGANISATION', extra: Partial<ResolutionRecord>): ResolutionRecord => ({
  key: JSON.stringify(extra),
  kind,
  name: 'SOFIA SANCHEZ COLQUE',
  identifiers: [],
  addresses: [],
  roles: [],
  ...extra,
});
const veto = (a: ResolutionRecord, b: ResolutionRecord): boolean =>
  vetoed(compareRecords(prepareRecord(a), prepareRecord(b)).pattern, a.kind === 'PERSON');

void describe('vetoes', () => {
  it('keep apart persons of two countries whom only a name joins', () => {
    assert.ok(veto(party('PERSON', { country: 'BO' }), party('PERSON', { country: 'CO' })));
    assert.ok(!veto(party('PERSON', { country: 'CO' }), party('PERSON', { country: 'CO' })));
  });

  it('leave persons of two countries to the weights when a birth date or a document is compared', () => {
    const dated = (country: string): ResolutionRecord => party('PERSON', { country, date: '1980-03-04' });
    assert.ok(!veto(dated('BO'), dated('CO')));
    // A passport's keyed token is the same in every country's register (person-encoding.ts).
    const token = `TK:k1:${Buffer.alloc(32, 3).toString('base64url')}`;
    const holder = (country: string): ResolutionRecord => party('PERSON', { country, identifiers: [token] });
    assert.ok(!veto(holder('BO'), holder('CO')));
  });

  it('keep apart organisations of two countries whatever else agrees', () => {
    const company = (country: string): ResolutionRecord =>
      party('ORGANISATION', { name: 'MINERA DEL SUR S.A.', country, date: '2001-01-01' });
    assert.ok(veto(company('PE'), company('BO')));
  });
});
