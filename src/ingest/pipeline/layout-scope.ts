import { seesCountry, type Scope } from '../../access/actor.js';
import { VetaError } from '../../core/veta-error.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';

/**
 * Why a user of `scope` may not load a file of this layout, or undefined when they may: a national
 * layout is its country's data, and a layout of no country (protected areas, prices) is regional.
 */
export function layoutRefusal(profile: LoadedProfile, scope: Scope): VetaError | undefined {
  const { id, country } = profile.profile;
  if (seesCountry(scope, country ?? null)) return undefined;
  const whose = country === undefined ? 'regional data' : `data of ${country}`;
  return new VetaError(
    'LAYOUT_OUT_OF_SCOPE',
    `This file is in the ${id} layout, which is ${whose}, outside the countries you work on; nothing was stored. Ask a user with that scope to load it.`,
  );
}

/**
 * Throws the refusal when none of the layouts a file may be in is within the scope; a file whose
 * candidates are not all refused is decided once its header tells which layout it is.
 */
export function refuseOutOfScope(candidates: readonly LoadedProfile[], scope: Scope): void {
  const refusals = candidates.map((candidate) => layoutRefusal(candidate, scope));
  const [first] = refusals;
  if (first !== undefined && refusals.every((refusal) => refusal !== undefined)) throw first;
}
