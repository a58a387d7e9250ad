import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from './rng.js';

const draw = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.next());
const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    assert.deepEqual(draw(new Rng('seed-1'), 50), draw(new Rng('seed-1'), 50));
    assert.notDeepEqual(draw(new Rng('seed-1'), 50), draw(new Rng('seed-2'), 50));
  });

  it('pins its first outputs: a change of algorithm would change every simulated world', () => {
    const rng = new Rng('veta');
    assert.deepEqual(
      [1, 2, 3, 4, 5].map(() => rng.int(0, 999_999)),
      [954975, 161530, 427142, 578977, 42617],
    );
  });

  it('forks streams that depend on the label, not on how much the parent has drawn', () => {
    const parent = new Rng('world');
    const before = draw(parent.fork('PE'), 20);
    draw(parent, 1000);
    assert.deepEqual(draw(parent.fork('PE'), 20), before);
    assert.notDeepEqual(draw(parent.fork('CO'), 20), before);
    assert.equal(parent.fork('PE').seedText, 'world/PE');
  });

  it('keeps every draw within its range, both ends of int included', () => {
    const rng = new Rng('ranges');
    const ints = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const f = rng.next();
      assert.ok(f >= 0 && f < 1);
      const b = rng.between(-2.5, 7);
      assert.ok(b >= -2.5 && b < 7);
      const n = rng.int(3, 9);
      assert.ok(Number.isInteger(n) && n >= 3 && n <= 9);
      ints.add(n);
    }
    assert.deepEqual([...ints].sort(), [3, 4, 5, 6, 7, 8, 9]);
    assert.match(rng.digits(12), /^[0-9]{12}$/);
    assert.match(rng.letter('AB'), /^[AB]$/);
  });

  it('is uniform enough: flat deciles, a fair chance(p), a centred normal', () => {
    const rng = new Rng('distribution');
    const values = draw(rng, 100_000);
    assert.ok(Math.abs(mean(values) - 0.5) < 0.005);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)] = (deciles[Math.floor(v * 10)] ?? 0) + 1;
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.1 % critical value.
    const chi = deciles.reduce((s, observed) => s + (observed - 10_000) ** 2 / 10_000, 0);
    assert.ok(chi < 27.9, `chi-square ${chi.toFixed(1)}`);
    const hits = Array.from({ length: 100_000 }, () => rng.chance(0.3)).filter(Boolean).length;
    assert.ok(Math.abs(hits / 100_000 - 0.3) < 0.01);
    const normals = Array.from({ length: 50_000 }, () => rng.normal(10, 2));
    const m = mean(normals);
    const sd = Math.sqrt(mean(normals.map((v) => (v - m) ** 2)));
    assert.ok(Math.abs(m - 10) < 0.05 && Math.abs(sd - 2) < 0.05, `mean ${m}, sd ${sd}`);
    const spreads = Array.from({ length: 20_001 }, () => rng.spread(0.25)).sort((a, b) => a - b);
    assert.ok(Math.abs((spreads[10_000] ?? 0) - 1) < 0.02, 'spread has median 1');
  });

  it('picks every element and follows the weights', () => {
    const rng = new Rng('pick');
    const picked = new Set(Array.from({ length: 1000 }, () => rng.pick(['a', 'b', 'c'])));
    assert.equal(picked.size, 3);
    const counts = { x: 0, y: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(['x', 'y'] as const, [3, 1])]++;
    assert.ok(Math.abs(counts.x / 40_000 - 0.75) < 0.01);
    assert.throws(() => rng.pick([]), /empty list/);
  });
});
