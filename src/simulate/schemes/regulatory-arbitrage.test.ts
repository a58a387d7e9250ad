import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRulebook, controlGaps, REGION_BORDERS } from '@veta/standard';
import type { CountryCode, Window } from '../world/types.js';
import { ARBITRAGE_PAIRS, crossingShare, pairsInTurn } from './regulatory-arbitrage.js';

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

  describe('turns of the pairs', () => {
    const windows: Window[] = [
      { from: 2, to: 9 },
      { from: 13, to: 20 },
      { from: 25, to: 32 },
    ];
    const destinationOf = (pair: number | undefined): CountryCode | undefined =>
      pair === undefined ? undefined : ARBITRAGE_PAIRS[pair]?.[1];

    it('keeps each pair in its own third of the run while no destination is busy', () => {
      assert.deepEqual(
        pairsInTurn(windows, () => false),
        [0, 1, 2],
      );
    });

    // A scheme shipping unbacked gold from the destination that starts or stops next to a shift
    // moves the same exports: the shift would no longer show as the gold that left the source.
    it("moves a pair away from a window where its destination's exports change for another scheme", () => {
      const [, bolivia] = ARBITRAGE_PAIRS[0] ?? [];
      const busy = (to: CountryCode, window: Window): boolean => to === bolivia && window.from === 2;
      const turns = pairsInTurn(windows, busy);
      assert.deepEqual([...turns].sort(), [0, 1, 2], 'every pair takes one window');
      assert.ok(
        turns.every((pair, i) => {
          const to = destinationOf(pair);
          const window = windows[i];
          return to === undefined || window === undefined || !busy(to, window);
        }),
      );
    });

    it('keeps the usual turns when every order meets as many busy windows', () => {
      assert.deepEqual(
        pairsInTurn(windows, () => true),
        [0, 1, 2],
      );
    });
  });

  describe('share of the months that cross', () => {
    const free = { grams: 100, cap: 1 };
    const underScheme = { grams: 100, cap: 0.8 };
    const moved = (share: number): number =>
      [free, underScheme].reduce((sum, mine) => sum + Math.min(share, mine.cap) * mine.grams, 0);

    it('moves exactly the wanted gold when the mines produce more', () => {
      assert.equal(moved(crossingShare([free, underScheme], 100)), 100);
      // Past the cap of a mine that another scheme rests on, only the free mine sends more.
      const share = crossingShare([free, underScheme], 170);
      assert.ok(Math.abs(share - 0.9) < 1e-9, String(share));
      assert.ok(Math.abs(moved(share) - 170) < 1e-9);
    });

    // The truth then states the smaller share of the output that did cross.
    it('sends all the mines may send, no more, when they produce less than wanted', () => {
      assert.equal(crossingShare([free, underScheme], 190), 1);
      assert.equal(moved(1), 180);
    });

    it('sends nothing without a mine, or without gold wanted', () => {
      assert.equal(crossingShare([], 50), 0);
      assert.equal(crossingShare([free], 0), 0);
    });
  });
});
