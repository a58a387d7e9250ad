import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMODITIES, commodityForTariffCode, formatHsCode } from './commodities.js';

describe('commodities', () => {
  it('lists the HS codes of the issue', () => {
    const hs = COMMODITIES.map((commodity) => formatHsCode(commodity.hs));
    const expected = ['7108.11', '7108.12', '7108.13', '7108.20', '7112.91', '2616.90', '2805.40', '2837.11'];
    for (const code of expected) assert.ok(hs.includes(code), code);
    for (const heading of ['2603', '2607', '2608', '2609', '2611', '2617']) {
      assert.ok(
        hs.some((code) => code.startsWith(heading)),
        heading,
      );
    }
  });

  it('finds the commodity of a 10-digit national tariff line', () => {
    assert.equal(commodityForTariffCode('7108120000')?.code, 'GOLD_UNWROUGHT');
    assert.equal(commodityForTariffCode('2603.00.00.00')?.metal, 'CU');
    assert.equal(commodityForTariffCode('9999990000'), undefined);
    assert.equal(commodityForTariffCode('71'), undefined);
  });
});
