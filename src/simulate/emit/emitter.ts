import { layout, layoutPath } from '../layouts/catalogue.js';
import { maybe, noiseHappens, noisyFullName, noisyOrgName, type NoiseProfile } from '../noise.js';
import type { Rng } from '../rng.js';
import type { TruthWriter } from '../truth.js';
import { canonicalId, mistypedIdentifier } from '../world/identifiers.js';
import type { Market } from '../world/prices.js';
import type { Identifier, Party } from '../world/types.js';
import type { World } from '../world/world.js';
import type { Outputs } from '../writers/outputs.js';
import type { Row } from '../writers/table-writer.js';

/** Everything a row producer needs: the world, the open files, the truth and the market. */
export interface Emitter {
  readonly world: World;
  readonly out: Outputs;
  readonly truth: TruthWriter;
  readonly market: Market;
}

/** Writes one row and records which real-world entity each named party column describes. */
export function emitRow(
  e: Emitter,
  layoutId: string,
  row: Row,
  parties: readonly (readonly [string, string])[] = [],
): void {
  const table = e.out.table(layoutId);
  table.write(row);
  if (parties.length === 0) return;
  const file = layoutPath(layout(layoutId));
  for (const [field, entity] of parties) e.truth.partyRecord(file, table.rows, field, entity);
}

/** An identifier as a registry writes it: usually right, sometimes mistyped (recorded as an alias in the truth). */
export function writtenId(e: Emitter, rng: Rng, id: Identifier, entity: string, noise: NoiseProfile): string {
  if (!noiseHappens(rng, noise, 'identifierTypo')) return id.value;
  const wrong = mistypedIdentifier(rng, id);
  if (wrong !== id.value) e.truth.alias(canonicalId({ ...id, value: wrong }), entity);
  return wrong;
}

/** A party's name as a registry writes it; persons surnames first unless told otherwise. */
export function partyName(rng: Rng, party: Party, noise: NoiseProfile, surnamesFirst = true): string {
  return party.kind === 'PERSON'
    ? noisyFullName(rng, party, noise, surnamesFirst)
    : noisyOrgName(rng, party, noise);
}

/** The value, or nothing when this registry left the optional field empty. */
export function optional<T>(rng: Rng, noise: NoiseProfile, value: T): T | undefined {
  return maybe(rng, noise, value);
}
