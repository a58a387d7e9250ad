import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settingsOf } from '../testing/settings.js';
import { borderShifts, type BorderFlows, type MonthlyFlow } from './border-shifts.js';
import { regulatoryArbitrageDetector } from './regulatory-arbitrage.js';

const THRESHOLDS = settingsOf(regulatoryArbitrageDetector).thresholds;
const MONTHS = ['2023', '2024'].flatMap((year) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`),
);
const SPAN = { first: '2023-01', last: '2024-12' };
const shifted = (month: string): boolean => month >= '2023-07' && month <= '2024-02';

/** One party's series that steps from `before` to `after` kg when the shift begins, and stays. */
function step(country: string, party: string, before: number, after: number): MonthlyFlow[] {
  return MONTHS.map((month) => ({ country, party, month, fineKg: month >= '2023-07' ? after : before }));
}

/**
 * The same flows, each month's mass off by up to 5 % either way, as months are in agency files:
 * the same wobble for the same `seed`.
 */
function wobbled(input: BorderFlows, seed: number): BorderFlows {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const wobble = (flow: MonthlyFlow): MonthlyFlow => ({
    ...flow,
    fineKg: flow.fineKg * (0.95 + 0.1 * next()),
  });
  return { ...input, purchases: input.purchases.map(wobble), exports: input.exports.map(wobble) };
}

const SEEDS = Array.from({ length: 30 }, (_, index) => index + 1);

/** One party's monthly series: `usual` kg, or `during` kg in the shifted months. */
function series(country: string, party: string, usual: number, during = usual): MonthlyFlow[] {
  return MONTHS.map((month) => ({ country, party, month, fineKg: shifted(month) ? during : usual }));
}

function flows(purchases: MonthlyFlow[], exports: MonthlyFlow[], boughtIn = ['PE', 'BO']): BorderFlows {
  return {
    purchases,
    exports,
    purchaseCoverage: new Map(boughtIn.map((country) => [country, SPAN])),
    exportCoverage: new Map([['BO', SPAN]]),
  };
}

const shiftsOf = (input: BorderFlows) => borderShifts(input, [['PE', 'BO']], THRESHOLDS, () => true);

describe('border shifts', () => {
  it('finds the months Peru loses what Bolivia exports, and the exporter that carries it', () => {
    const [shift, ...more] = shiftsOf(
      flows(
        [...series('PE', 'PE:RUC:20100000017', 100, 40), ...series('BO', 'BO:NIT:1', 20)],
        [...series('BO', 'BO:NIT:1', 50), ...series('BO', 'BO:NIT:2', 0, 60)],
      ),
    );
    assert.equal(more.length, 0);
    assert.deepEqual(shift?.window, { first: '2023-07', last: '2024-02' });
    assert.equal(shift?.fallKg, 60);
    assert.equal(shift?.riseKg, 60);
    assert.deepEqual(shift?.carriers, [{ party: 'BO:NIT:2', riseKg: 60 }]);
  });

  it('sees no gold arriving when both countries buy less and Bolivia exports as before', () => {
    assert.deepEqual(
      shiftsOf(
        flows(
          [...series('PE', 'PE:RUC:20100000017', 100, 60), ...series('BO', 'BO:NIT:1', 60, 20)],
          series('BO', 'BO:NIT:1', 50),
        ),
      ),
      [],
    );
  });

  it('finds a shift into a neighbour whose own mines export seventeen times as much', () => {
    // Bolivia's large mines export 1,020 kg a month of their own; the 60 kg Peru loses is 6 % of it.
    const [shift] = shiftsOf(
      flows(
        [...series('PE', 'PE:RUC:20100000017', 100, 40), ...series('BO', 'BO:NIT:1', 20)],
        [...series('BO', 'BO:NIT:1', 1020), ...series('BO', 'BO:NIT:2', 0, 60)],
      ),
    );
    assert.deepEqual(shift?.window, { first: '2023-07', last: '2024-02' });
    assert.equal(shift?.riseKg, 60);
  });

  // Peru's buyers lose 60 kg a month for eight months while a new Bolivian exporter ships 60 kg; in
  // the steps, one side of it never comes back.
  const shift = flows(
    [...series('PE', 'PE:RUC:20100000017', 100, 40), ...series('BO', 'BO:NIT:1', 20)],
    [...series('BO', 'BO:NIT:1', 50), ...series('BO', 'BO:NIT:2', 0, 60)],
  );
  const exporterStays = flows(
    [...series('PE', 'PE:RUC:20100000017', 100, 40), ...series('BO', 'BO:NIT:1', 20)],
    [...series('BO', 'BO:NIT:1', 50), ...step('BO', 'BO:NIT:2', 0, 60)],
  );
  const buyersStayDown = flows(
    [...step('PE', 'PE:RUC:20100000017', 100, 40), ...series('BO', 'BO:NIT:1', 20)],
    [...series('BO', 'BO:NIT:1', 50), ...series('BO', 'BO:NIT:2', 0, 60)],
  );

  it('takes no step for a shift: a new exporter that keeps shipping after Peru recovers', () => {
    assert.deepEqual(shiftsOf(exporterStays), []);
  });

  it('takes no step for a shift: Peru’s buyers buy less for good while Bolivia’s exports rise for a while', () => {
    assert.deepEqual(shiftsOf(buyersStayDown), []);
  });

  it('tells a shift from a step when every month wobbles by up to 5 %', () => {
    const found = (input: BorderFlows): number =>
      SEEDS.filter((seed) => shiftsOf(wobbled(input, seed)).length > 0).length;
    assert.equal(found(shift), SEEDS.length);
    assert.equal(found(exporterStays), 0);
    assert.equal(found(buyersStayDown), 0);
  });
});
