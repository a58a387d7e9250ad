import type { Scope } from '../../store/scope/scope.js';
import { layoutOwnerOf, ownsLayout } from '../../store/scope/layout-owner.js';
import { VetaError } from '../../core/veta-error.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';

/**
 * Why a user of `scope` may not load a file of this layout, or undefined when they may: exactly the
 * layouts whose batches they could see (ownsLayout), so a national layout is its country's data, a
 * layout of no country (protected areas, prices) is regional, and one naming an agency is that
 * agency's.
 */
export function layoutRefusal(profile: LoadedProfile, scope: Scope): VetaError | undefined {
  const owner = layoutOwnerOf(profile.profile);
  if (ownsLayout(scope, owner)) return undefined;
  const whose = owner.country === null ? 'regional data' : `data of ${owner.country}`;
  const agency = owner.agency === null ? '' : ` held by ${owner.agency}`;
  return new VetaError(
    'LAYOUT_OUT_OF_SCOPE',
    `This file is in the ${owner.layout} layout, which is ${whose}${agency}, outside the countries and agency you work for; nothing was stored. Ask a user with that scope to load it.`,
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
