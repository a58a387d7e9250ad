import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../access/actor.js';
import { ActorCache } from './actor-cache.js';

const ana: Actor = {
  userId: 'u1',
  username: 'ana',
  role: 'analyst',
  scope: { countries: ['PE'], agency: null },
  via: 'token',
};

describe('ActorCache', () => {
  it('reuses an actor while fresh and looks it up again once stale', async () => {
    let now = 0;
    let lookups = 0;
    const cache = new ActorCache(1000, () => now);
    const load = () => Promise.resolve(((lookups += 1), ana));
    await cache.get('token:a', load);
    now = 999;
    await cache.get('token:a', load);
    assert.equal(lookups, 1);
    now = 1000;
    await cache.get('token:a', load);
    assert.equal(lookups, 2);
  });

  it('keeps nothing for an unknown credential, and nothing at all with a zero time', async () => {
    let lookups = 0;
    const unknown = new ActorCache(1000);
    await unknown.get('token:x', () => Promise.resolve(((lookups += 1), null)));
    await unknown.get('token:x', () => Promise.resolve(((lookups += 1), null)));
    assert.equal(lookups, 2);
    const off = new ActorCache(0);
    await off.get('token:a', () => Promise.resolve(((lookups += 1), ana)));
    await off.get('token:a', () => Promise.resolve(((lookups += 1), ana)));
    assert.equal(lookups, 4);
  });

  it('does not store what a lookup read before a clear()', async () => {
    const cache = new ActorCache(60_000);
    let release: (actor: Actor) => void = () => undefined;
    const slow = cache.get('session:s', () => new Promise<Actor>((resolve) => (release = resolve)));
    cache.clear();
    release(ana);
    assert.equal(await slow, ana);
    let lookups = 0;
    await cache.get('session:s', () => Promise.resolve(((lookups += 1), null)));
    assert.equal(lookups, 1, 'the read from before the change was not kept');
  });
});
