import type { Actor } from '../access/actor.js';

/** Enough for every signed-in person and machine of a national node; the oldest go first beyond it. */
const MAX_ENTRIES = 10_000;

/**
 * Actors by credential, kept for a moment: a browser page or a machine sends bursts of requests,
 * and looking its session or token up for each one is most of what a small read costs. Changes
 * made through this server (sign-out, a revoked token, a disabled user) call `clear()` and count
 * at once; a change made elsewhere (the CLI, another server) counts within `ttlMs`.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();
  // A lookup that started before a clear() must not store what it read before the change.
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The actor for a credential: from the cache while fresh, else from `load` (nothing is kept for null). */
  async get(key: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.until > this.now()) return hit.actor;
    this.entries.delete(key);
    const generation = this.generation;
    const actor = await load();
    if (actor !== null && generation === this.generation) {
      this.entries.set(key, { actor, until: this.now() + this.ttlMs });
      if (this.entries.size > MAX_ENTRIES) this.dropOldest();
    }
    return actor;
  }

  /** Forgets every actor: called after any change to users, sessions or tokens. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private dropOldest(): void {
    const oldest = this.entries.keys().next();
    if (oldest.done !== true) this.entries.delete(oldest.value);
  }
}
