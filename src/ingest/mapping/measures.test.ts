import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentsTransform, fineMassTransform, measureTransform } from './measures.js';
import { transformInput } from './testing/transform-input.js';

const bienes = (values: Record<string, string>) =>
  transformInput(values, { layout: 'PE-BIENES-FISCALIZADOS' });

describe('measure', () => {
  it('keeps the declared unit, or normalises gallons to litres and counts to units', () => {
    const declared = measureTransform.run(
      { use: 'measure', column: 'Q', unitColumn: 'UNIDAD' },
      bienes({ Q: '55', UNIDAD: 'GL' }),
    );
    assert.deepEqual(declared, { ok: true, value: { value: 55, unit: 'gal' } });
    const litres = measureTransform.run(
      { use: 'measure', column: 'Q', unitColumn: 'UNIDAD', normalise: true },
      bienes({ Q: '55', UNIDAD: 'GL' }),
    );
    assert.deepEqual(litres, { ok: true, value: { value: 208.19764812, unit: 'L' } });
    const units = measureTransform.run(
      { use: 'measure', column: 'Q', unitColumn: 'UNIDAD', normalise: true },
      bienes({ Q: '150', UNIDAD: 'UND' }),
    );
    assert.deepEqual(units, { ok: true, value: { value: 150, unit: 'unit' } });
  });

  it('adds fixed members and rejects negative quantities', () => {
    const capacity = measureTransform.run(
      { use: 'measure', column: 'Q', unit: 'g', with: { period: 'MONTH', metal: 'AU' } },
      transformInput({ Q: '500' }),
    );
    assert.deepEqual(capacity, { ok: true, value: { value: 500, unit: 'g', period: 'MONTH', metal: 'AU' } });
    const negative = measureTransform.run(
      { use: 'measure', column: 'Q', unit: 'kg' },
      transformInput({ Q: '-1' }),
    );
    assert.equal(negative.ok ? '' : negative.problem.code, 'QUANTITY_NEGATIVE');
  });
});

describe('fine-mass', () => {
  const spec = {
    use: 'fine-mass' as const,
    column: 'G',
    unit: 'g' as const,
    finenessColumn: 'LEY',
    scale: 'FRACTION' as const,
    to: 'kg' as const,
    plausibleMax: 1000,
  };

  it('multiplies mass by fineness exactly, in the target unit', () => {
    const colombian = transformInput({ G: '1.250,75', LEY: '0,9' }, { declaredDecimalMark: ',' });
    assert.deepEqual(fineMassTransform.run(spec, colombian), { ok: true, value: 1.125675 });
  });

  it('is empty when either part is missing or the fineness is impossible, and flags huge lots', () => {
    assert.deepEqual(fineMassTransform.run(spec, transformInput({ G: '30', LEY: '' })), {
      ok: true,
      value: undefined,
    });
    assert.equal(fineMassTransform.run(spec, transformInput({ G: '30', LEY: '1.2' })).ok, true);
    const huge = fineMassTransform.run(spec, transformInput({ G: '2000000', LEY: '0.9' }));
    assert.equal(huge.ok && huge.flags?.[0]?.code, 'IMPLAUSIBLE_QUANTITY');
  });
});

describe('contents', () => {
  const spec = {
    use: 'contents' as const,
    columns: {
      AU_G_T: { element: 'AU', unit: 'g/t' as const },
      CU_PCT: { element: 'CU', unit: '%' as const },
    },
  };

  it('lists the measured elements and skips empty columns', () => {
    assert.deepEqual(contentsTransform.run(spec, transformInput({ AU_G_T: '12.5', CU_PCT: '' })), {
      ok: true,
      value: [{ element: 'AU', value: 12.5, unit: 'g/t' }],
    });
    assert.deepEqual(contentsTransform.run(spec, transformInput({})), { ok: true, value: undefined });
  });

  it('rejects a content above pure', () => {
    const result = contentsTransform.run(spec, transformInput({ AU_G_T: '1', CU_PCT: '101' }));
    assert.equal(result.ok ? '' : result.problem.code, 'CONTENT_OUT_OF_RANGE');
  });
});
