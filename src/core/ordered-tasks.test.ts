import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInOrder } from './ordered-tasks.js';

/** Items named by letter; items of one group conflict. Each task resolves when the test says so. */
function harness() {
  const started: string[] = [];
  const finished: string[] = [];
  let runningNow = 0;
  let mostAtOnce = 0;
  const release = new Map<string, (fail?: Error) => void>();
  const run = (item: { name: string }) => {
    started.push(item.name);
    runningNow += 1;
    mostAtOnce = Math.max(mostAtOnce, runningNow);
    return new Promise<string>((resolve, reject) => {
      release.set(item.name, (fail) => {
        runningNow -= 1;
        finished.push(item.name);
        if (fail) reject(fail);
        else resolve(item.name.toUpperCase());
      });
    });
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { started, finished, run, release, settle, mostAtOnce: () => mostAtOnce };
}

const conflict = (a: { group: string }, b: { group: string }) => a.group === b.group;

describe('runInOrder', () => {
  it('runs up to the limit at once, starts in order, and returns results in order', async () => {
    const h = harness();
    const items = ['a', 'b', 'c'].map((name, index) => ({ name, group: String(index) }));
    const all = runInOrder(items, { atOnce: 2, conflict }, h.run);
    await h.settle();
    assert.deepEqual(h.started, ['a', 'b'], 'two at once, the third waits');
    h.release.get('b')?.();
    await h.settle();
    assert.deepEqual(h.started, ['a', 'b', 'c'], 'a place freed by a later item is taken');
    h.release.get('c')?.();
    h.release.get('a')?.();
    assert.deepEqual(await all, ['A', 'B', 'C']);
    assert.equal(h.mostAtOnce(), 2);
  });

  it('never runs two conflicting items at once, and does not start later items ahead of a waiting one', async () => {
    const h = harness();
    const items = [
      { name: 'a', group: 'PE-COMPRAS' },
      { name: 'b', group: 'PE-COMPRAS' },
      { name: 'c', group: 'CO-DEX' },
    ];
    const all = runInOrder(items, { atOnce: 2, conflict }, h.run);
    await h.settle();
    assert.deepEqual(h.started, ['a'], 'b shares a layout with a; c may not jump the queue');
    h.release.get('a')?.();
    await h.settle();
    assert.deepEqual(h.started, ['a', 'b', 'c']);
    h.release.get('c')?.();
    h.release.get('b')?.();
    await all;
    assert.deepEqual(h.finished, ['a', 'c', 'b']);
  });

  it('starts nothing after a failure, lets running work finish, then throws the first error', async () => {
    const h = harness();
    const items = ['a', 'b', 'c'].map((name, index) => ({ name, group: String(index) }));
    const all = runInOrder(items, { atOnce: 2, conflict }, h.run);
    const outcome = all.then(
      () => 'resolved',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await h.settle();
    h.release.get('a')?.(new Error('disk full'));
    await h.settle();
    assert.deepEqual(h.started, ['a', 'b'], 'c never starts');
    assert.deepEqual(h.finished, ['a']);
    h.release.get('b')?.();
    assert.equal(await outcome, 'disk full');
    assert.deepEqual(h.finished, ['a', 'b'], 'b was allowed to finish');
  });
});
