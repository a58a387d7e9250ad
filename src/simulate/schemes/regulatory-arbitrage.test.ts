import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRulebook, controlGaps, REGION_BORDERS } from '@veta/standard';
import { ARBITRAGE_PAIRS } from './regulatory-arbitrage.js';

describe('planted regulatory arbitrage', () => {
  // The planting is only arbitrage while the rulebook says so: a corrected rule that closes a
  // pair's gap must move the planting too, or the simulator plants flows no detector should see.
  it('sends gold only across a land border, towards a looser control of gold, over the simulated years', () => {
    for (const [from, to] of ARBITRAGE_PAIRS) {
      assert.ok(
        REGION_BORDERS.some(([a, b]) => (a === from && b === to) || (a === to && b === from)),
        `${from}→${to} share no border`,
      );
      for (const day of ['2022-01-01', '2024-12-31'])
        assert.ok(
          controlGaps(builtinRulebook(), from, to, day, 'gold').length > 0,
          `${from}→${to} on ${day}`,
        );
    }
  });
});
