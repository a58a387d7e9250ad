import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { isVetaError } from '../../core/veta-error.js';
import { mapRow } from '../mapping/map-row.js';
import { findProfile, loadProfiles } from '../profiles/load-profiles.js';
import { comprasLine, writeComprasFile } from '../testing/compras-file.js';
import { testRowContext } from '../mapping/testing/transform-input.js';
import { openWithProfile } from './open-source.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';

const profile = findProfile(loadProfiles(), 'PE-COMPRAS');

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: Buffer, next: () => number): Buffer {
  const copy = Buffer.from(bytes);
  const edits = 1 + Math.floor(next() * 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * copy.length);
    const choice = next();
    // Bytes that matter to a CSV reader most: quotes, separators, line ends, NUL and invalid UTF-8.
    const special = [0x22, 0x3b, 0x0a, 0x0d, 0x00, 0xff, 0xc3, 0x2c][Math.floor(next() * 8)] ?? 0x22;
    copy[at] = choice < 0.6 ? special : Math.floor(next() * 256);
  }
  return choice(next) ? copy.subarray(0, Math.floor(next() * copy.length)) : copy;
}

function choice(next: () => number): boolean {
  return next() < 0.3;
}

describe('the CSV path under random and mutated bytes', () => {
  it('only ever yields rows, row problems or a file-level VetaError, never a crash', async () => {
    const valid = readFileSync(
      writeComprasFile(Array.from({ length: 30 }, (_, i) => comprasLine(`F${i}`, 10 + i))),
    );
    const path = writeComprasFile([], 'PE-COMPRAS-fuzz.csv');
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const bytes =
        seed % 10 === 0
          ? Buffer.from(Array.from({ length: 2000 }, () => Math.floor(next() * 256)))
          : mutate(valid, next);
      writeFileSync(path, bytes);
      try {
        const source = await openWithProfile(path, profile.profile, DEFAULT_READ_LIMITS);
        for await (const row of source.rows) {
          const mapped = mapRow(profile, row, testRowContext('2026-11-26'));
          assert.ok(
            mapped.records.length > 0 || mapped.problems.length > 0 || row.problems.length > 0,
            `seed ${seed}`,
          );
          for (const problem of mapped.problems)
            assert.match(problem.code, /^[A-Z][A-Z0-9_]*$/, `seed ${seed}`);
        }
      } catch (error) {
        assert.ok(isVetaError(error), `seed ${seed}: ${String(error)}`);
      }
    }
  });
});
