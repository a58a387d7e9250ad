import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutsOwnedBy, ownsLayout } from './layout-owner.js';

const OWNERS = [
  { layout: 'PE-COMPRAS', country: 'PE', agency: 'SUNAT' },
  { layout: 'PE-CATASTRO', country: 'PE', agency: null },
  { layout: 'CO-RUCOM', country: 'CO', agency: null },
  { layout: 'GOLD-PRICE', country: null, agency: null },
];

describe('who owns a layout', () => {
  it("keeps a layout naming an agency to that agency's users and users of none, within their countries", () => {
    assert.deepEqual(layoutsOwnedBy({ countries: ['PE'], agency: 'SUNAT' }, OWNERS), [
      'PE-COMPRAS',
      'PE-CATASTRO',
    ]);
    assert.deepEqual(layoutsOwnedBy({ countries: ['PE'], agency: 'INGEMMET' }, OWNERS), ['PE-CATASTRO']);
    assert.deepEqual(layoutsOwnedBy({ countries: ['PE'], agency: null }, OWNERS), [
      'PE-COMPRAS',
      'PE-CATASTRO',
    ]);
    assert.deepEqual(
      layoutsOwnedBy({ countries: 'ALL', agency: null }, OWNERS),
      OWNERS.map((o) => o.layout),
    );
    assert.equal(ownsLayout({ countries: 'ALL', agency: 'UIAF' }, OWNERS[0] ?? assert.fail()), false);
  });
});
